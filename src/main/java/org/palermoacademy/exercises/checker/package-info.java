/**
 * The drafting checker, usable without Spring (the command line and the tests call it directly):
 * small rules, each with an id, severity, article and message key.
 */
@org.springframework.modulith.NamedInterface("checker")
package org.palermoacademy.exercises.checker;
