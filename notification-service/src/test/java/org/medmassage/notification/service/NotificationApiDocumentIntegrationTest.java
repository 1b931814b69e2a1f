package org.medmassage.notification.service;

import org.medmassage.testsupport.DocumentedApi;

/**
 * Issue 16 item 5 in notification-service: the OpenAPI document and Swagger UI, read without a token (decision 0076).
 * The service takes no request body, so it has no example to send.
 */
class NotificationApiDocumentIntegrationTest extends NotificationServiceTest implements DocumentedApi {
}
