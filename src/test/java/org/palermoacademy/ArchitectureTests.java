package org.palermoacademy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Structural rules from shared/ARCHITECTURE.md and shared/QUALITY.md, checked on the compiled classes. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.palermoacademy");

    @Test
    void everyRouteDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(PermitAll.class).orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class).orShould().beAnnotatedWith(DenyAll.class)
                .because("a route without an access annotation is denied, and intent must be explicit")
                .check(CLASSES);
    }

    @Test
    void viewsArePackagePrivateAndLiveInUiPackages() {
        classes().that().areAnnotatedWith(Route.class)
                .should().notBePublic().andShould().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void viewsDoNotTouchPersistence() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.mongodb..",
                        "com.mongodb..")
                .orShould().dependOnClassesThat().resideInAPackage("..internal..")
                .because("views go through their module's gated services")
                .check(CLASSES);
    }

    @Test
    void everyPublicServiceMethodIsGated() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic().and().areNotStatic()
                .should().beAnnotatedWith(PreAuthorize.class).orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .because("every public service method is protected (QUALITY.md, ASVS 8.3.1)")
                .check(CLASSES);
    }

    @Test
    void noRawHtmlComponentsOutsideTheSanitizingRenderer() {
        noClasses().that().doNotHaveSimpleName("SafeHtml")
                .should().callConstructor(com.vaadin.flow.component.Html.class, String.class)
                .orShould().callConstructor(com.vaadin.flow.component.Html.class, java.io.InputStream.class)
                .because("user and content text is rendered only through escaping or the allow-list sanitizer")
                .check(CLASSES);
    }

    @Test
    void onlyTheLanguageSupportRunsJavaScript() {
        noClasses().that().doNotHaveSimpleName("LanguageSupport")
                .should().callMethod(com.vaadin.flow.dom.Element.class, "executeJs", String.class, Object[].class)
                .orShould().callMethod(com.vaadin.flow.component.page.Page.class, "executeJs", String.class,
                        Object[].class)
                .check(CLASSES);
    }

    @Test
    void documentsAndRepositoriesStayInternal() {
        classes().that().areAnnotatedWith(org.springframework.data.mongodb.core.mapping.Document.class)
                .should().resideInAPackage("..internal..")
                .check(CLASSES);
    }

    @Test
    void fieldsOfViewsAreNotPublic() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields().that().areDeclaredInClassesThat()
                .resideInAPackage("..ui..").should().notHaveModifier(JavaModifier.PUBLIC)
                .allowEmptyShould(true).check(CLASSES);
    }
}
