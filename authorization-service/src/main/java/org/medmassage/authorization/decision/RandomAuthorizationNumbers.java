package org.medmassage.authorization.decision;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/**
 * Date + random suffix rather than a sequence: no shared counter to coordinate between instances or to leak request
 * volumes. 32^8 ≈ 1.1 × 10^12 suffixes per day: at 20,000 requests a day the chance of any collision that day is
 * about 2 in 10,000, and a collision is caught by the unique index and the number re-issued.
 */
public final class RandomAuthorizationNumbers implements AuthorizationNumbers {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int SUFFIX_LENGTH = 8;

    private final RandomGenerator random;

    public RandomAuthorizationNumbers() {
        this(new SecureRandom());
    }

    public RandomAuthorizationNumbers(RandomGenerator random) {
        this.random = random;
    }

    @Override
    public AuthorizationNumber issue(LocalDate receivedOn) {
        StringBuilder number = new StringBuilder("A").append(receivedOn.format(DateTimeFormatter.BASIC_ISO_DATE)).append('-');
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            number.append(CROCKFORD[random.nextInt(CROCKFORD.length)]);
        }
        return new AuthorizationNumber(number.toString());
    }
}
