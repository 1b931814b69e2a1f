package org.medmassage.authorization.usage;

/** Which authorization covers a billed visit (PA-03), or the coded reason none does (PA-05). */
public sealed interface MatchResult {

    record Usable(AuthorizedVisits authorization) implements MatchResult {
    }

    record Unusable(Rejection rejection) implements MatchResult {
    }
}
