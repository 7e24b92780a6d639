/**
 * The course material: reads {@code content/} (courses, modules, lessons, quizzes, glossary, reference
 * pages, case digest, matrices, learning paths, scenarios, country profiles and certification
 * programmes), validates it (file, line, problem), renders Markdown safely, checks every Convention citation against the
 * article/paragraph table, and computes content versions. The only module that reads {@code content/}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.palermoacademy.catalog;
