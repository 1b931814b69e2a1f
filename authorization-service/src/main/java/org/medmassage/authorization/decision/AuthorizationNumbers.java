package org.medmassage.authorization.decision;

import java.time.LocalDate;

/** Issues authorization numbers; the store's unique constraint is the final word on uniqueness. */
public interface AuthorizationNumbers {

    AuthorizationNumber issue(LocalDate receivedOn);
}
