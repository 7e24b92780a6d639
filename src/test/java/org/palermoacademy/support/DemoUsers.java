package org.palermoacademy.support;

/** The demo users of keycloak/palermo-realm.json. */
public final class DemoUsers {
    public static final String PASSWORD = "PalermoDemo2026!";
    public static final String LEARNER = "learner";
    public static final String LEARNER2 = "learner2";
    public static final String LEARNER3 = "learner3";
    public static final String TRAINER = "trainer";
    public static final String COORDINATOR = "coordinator";
    public static final String ADMIN = "admin";

    private DemoUsers() {
    }
}
