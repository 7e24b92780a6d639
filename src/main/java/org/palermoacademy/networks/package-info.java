/**
 * Regional networks of practitioners: member States, member organisations, staff and focal points.
 * Home of the coordinators' "My network". Depends on {@code identity} for membership claims.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit"})
package org.palermoacademy.networks;
