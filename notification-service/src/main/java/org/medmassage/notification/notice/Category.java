package org.medmassage.notification.notice;

/** What a notification is about, so the portal can group and filter them. */
public enum Category {
    REFERRAL,
    AUTHORIZATION,
    CLAIM,
    BENEFITS
}
