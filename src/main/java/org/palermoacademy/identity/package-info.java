/**
 * Who the user is: OIDC sign-in against Keycloak, realm roles mapped to authorities, the current user,
 * and the user's profile (name, email, country, organization, network, language) kept in MongoDB and
 * refreshed from the token claims at every sign-in. Also starts a local Keycloak when no external
 * issuer is configured. Depends on {@code audit} to record sign-ins.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.palermoacademy.identity;
