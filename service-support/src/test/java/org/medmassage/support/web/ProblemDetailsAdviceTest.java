package org.medmassage.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmassage.codesets.problem.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** A refusal is a problem-details body whose {@code errors} are {@code [{field, rule, message}]}, all at once. */
class ProblemDetailsAdviceTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_refusal_lists_each_problem_as_field_rule_and_message() {
        RequestRejectedException refused = RequestRejectedException.unprocessable("Claim cannot be accepted", List.of(
                new FieldProblem("lines[0].minutes", "CPT-01", "lines[0].minutes: 7 minutes bill no unit"),
                new FieldProblem("renderingProviderNpi", "NPI", "renderingProviderNpi: the check digit is wrong")));

        ResponseEntity<ProblemDetail> response = new ProblemDetailsAdvice().rejected(refused);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        ProblemDetail body = response.getBody();
        assertThat(body.getTitle()).isEqualTo("Claim cannot be accepted");
        assertThat(body.getType()).isEqualTo(URI.create("https://medmassage.org/problems/unprocessable-content"));
        assertThat(body.getDetail()).isEqualTo(
                "lines[0].minutes: 7 minutes bill no unit; renderingProviderNpi: the check digit is wrong");
        String errors = json.writeValueAsString(body.getProperties().get("errors"));
        assertThat(json.readTree(errors)).isEqualTo(json.readTree("""
                [{"field": "lines[0].minutes", "rule": "CPT-01", "message": "lines[0].minutes: 7 minutes bill no unit"},
                 {"field": "renderingProviderNpi", "rule": "NPI",
                  "message": "renderingProviderNpi: the check digit is wrong"}]
                """));
    }

    @Test
    void an_incomplete_request_is_a_400() {
        RequestRejectedException refused = RequestRejectedException.badRequest("Referral is incomplete",
                List.of(new FieldProblem("issuedOn", "MN-02", "issuedOn is required: the date it was written")));

        ResponseEntity<ProblemDetail> response = new ProblemDetailsAdvice().rejected(refused);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().getType()).isEqualTo(URI.create("https://medmassage.org/problems/bad-request"));
        assertThat(response.getBody().getProperties()).containsEntry("errors", refused.problems());
    }
}
