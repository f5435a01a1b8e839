package org.stockpile.support;

import java.net.URI;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every answer the API gives a test through REST Assured is checked against the OpenAPI document the service
 * publishes: its status must be described for that operation (or by the operation's default answer), and its body
 * must match the schema described for it. The document cannot drift from the code without a test failing. Requests
 * are not checked: tests send malformed and hostile ones on purpose, and the answers to those are checked like any
 * other.
 */
public final class AnswersMatchTheDocument implements QuarkusTestBeforeEachCallback, OrderedFilter {

    private static volatile OpenApiInteractionValidator validator;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(AnswersMatchTheDocument.class::isInstance)) {
            RestAssured.filters(this);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        if (URI.create(request.getURI()).getPath().startsWith("/api/")) {
            ValidationReport report = validator().validate(RestAssuredRequest.of(request),
                    RestAssuredResponse.of(answer));
            if (report.hasErrors()) {
                throw new AssertionError(request.getMethod() + " " + request.getURI() + " answered "
                        + answer.statusCode() + " in a way the OpenAPI document does not describe:\n"
                        + report.getMessages().stream()
                                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                                .map(ValidationReport.Message::toString).collect(Collectors.joining("\n")));
            }
        }
        return answer;
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (AnswersMatchTheDocument.class) {
                if (validator == null) {
                    String document = RestAssured.given().noFilters().accept("application/json")
                            .get("/q/openapi?format=json").then().statusCode(200).extract().asString();
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                            .build();
                }
            }
        }
        return validator;
    }
}
