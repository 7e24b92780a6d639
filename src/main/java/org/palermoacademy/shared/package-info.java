/**
 * Small value types shared by every module (languages, start-up problems). No Spring beans live here.
 */
package org.palermoacademy.shared;
