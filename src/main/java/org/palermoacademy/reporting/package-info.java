/**
 * Reporting for network coordinators: read models fed by events from the other modules (certificates,
 * programmes, progress, network membership), the certification dashboards built on them (per country
 * and per member organisation of a network), and their exports (CSV, XLSX, printable PDF) and charts.
 * Reads from every feature module it lists; nothing depends on {@code reporting}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "catalog",
        "networks", "certification", "learning", "exercises"})
package org.palermoacademy.reporting;
