/**
 * Runtime infrastructure that every feature relies on but none owns: the document store (an embedded
 * MongoDB-wire-protocol server when no MongoDB URI is configured, see docs/decisions/0002), the data
 * directory, and turning start-up problems into short, actionable messages.
 * No feature module depends on this package; it only provides beans Spring wires by type.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.palermoacademy.platform;
