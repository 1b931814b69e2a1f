package org.medmassage.claims.web;

/** POST /claims answer: the claim id to poll and its status (RECEIVED). */
record ClaimAccepted(String claimId, String status) {
}
