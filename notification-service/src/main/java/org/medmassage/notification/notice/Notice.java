package org.medmassage.notification.notice;

/** The words of a notification, before it is tied to a member and a source event. */
record Notice(Category category, String title, String message) {
}
