/**
 * Views of reference content (case digest, matrices, glossary, reference pages) and the public
 * components other modules use to show content safely: {@link org.palermoacademy.catalog.ui.SafeHtml}
 * and {@link org.palermoacademy.catalog.ui.CitationChips}.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.palermoacademy.catalog.ui;
