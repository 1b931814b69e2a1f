package org.medmassage.notification.architecture;

import org.junit.jupiter.api.Test;
import org.medmassage.testsupport.DomainPurity;

/** STYLE: the domain model is plain Java; adapters (web, persistence, messaging, application) live at the edges. */
class DomainPurityTest {

    @Test
    void domain_packages_import_no_framework_type() {
        DomainPurity.assertPlainJava("org.medmassage.notification", "notice", "overview");
    }
}
