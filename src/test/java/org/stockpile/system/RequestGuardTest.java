package org.stockpile.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.as;
import static org.stockpile.system.ProblemDetailsTest.clean;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Api;
import org.stockpile.support.Custody;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What is refused before a request is even read: bodies over their limit however they are sent, a repeated
 * Idempotency-Key, an address too long, a body in a format the operation does not take. Each answer is a problem.
 */
@QuarkusTest
class RequestGuardTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL service;

    /**
     * A body sent in chunks announces no length: it is counted as it arrives. A 5 MB loss request, which once went
     * to the approvers' queue (202), is refused and leaves nothing pending.
     */
    @Test
    void aChunkedBodyOverTheLimitIs413AndNothingIsKept() throws Exception {
        String tag = Custody.freshWeapons("ARM-GAO-01", "chunked-flood", 1).get(0);
        int pendingBefore = as(ADMIN).get("/api/custody/pending").then().extract().path("totalItems");
        String flood = "{\"weaponTags\":[\"" + tag + "\"],\"reason\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        HttpResponse<String> answer = chunked("api/custody/loss", "application/json", flood.getBytes(
                StandardCharsets.UTF_8), Api.token(CLERK_GAO));
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals("urn:stockpile:problem:body-too-large", problem.get("type").asText());
        as(ADMIN).get("/api/custody/pending").then().body("totalItems", equalTo(pendingBefore));
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsAnyOther() throws Exception {
        String tag = Custody.freshWeapons("ARM-GAO-01", "chunked-small", 1).get(0);
        String request = "{\"weaponTags\":[\"" + tag + "\"],\"reason\":\"Perdue en patrouille\"}";
        HttpResponse<String> answer = chunked("api/custody/loss", "application/json",
                request.getBytes(StandardCharsets.UTF_8), Api.token(CLERK_GAO));
        assertEquals(202, answer.statusCode(), answer.body());
        assertTrue(JSON.readTree(answer.body()).get("pendingOperationId").asText().length() > 0);
    }

    /**
     * Over HTTP/2 a body need not announce its length either. Requests without a body, with an announced length and
     * without one are answered as over HTTP/1.1 (they once failed with 500: Quarkus REST cannot take an HTTP/2
     * request whose body was read before it). A body of unannounced length is counted by Quarkus REST as it reads
     * it: over the limit the stream is refused (413 where the client still reads it, the connection closed) and
     * nothing is kept.
     */
    @Test
    void http2RequestsAreReadAndLimitedAsAnyOther() throws Exception {
        HttpClient client = http2();
        String token = Api.token(CLERK_GAO);
        HttpResponse<String> read = client.send(HttpRequest.newBuilder(URI.create(service.toString())
                .resolve("api/weapons?size=1")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, read.version());
        assertEquals(200, read.statusCode(), read.body());
        List<String> tags = Custody.freshWeapons("ARM-GAO-01", "http2-loss", 2);
        for (int i = 0; i < tags.size(); i++) {
            byte[] loss = ("{\"weaponTags\":[\"" + tags.get(i) + "\"],\"reason\":\"Perdue en patrouille\"}")
                    .getBytes(StandardCharsets.UTF_8);
            HttpRequest.BodyPublisher body = i == 0 ? HttpRequest.BodyPublishers.ofByteArray(loss)
                    : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(loss));
            HttpResponse<String> answer = send(client, "api/custody/loss", "application/json", body, token);
            assertEquals(HttpClient.Version.HTTP_2, answer.version());
            assertEquals(202, answer.statusCode(), answer.body());
            assertTrue(JSON.readTree(answer.body()).get("pendingOperationId").asText().length() > 0);
        }
        int pendingBefore = as(ADMIN).get("/api/custody/pending").then().extract().path("totalItems");
        byte[] flood = ("{\"weaponTags\":[\"" + tags.get(0) + "\"],\"reason\":\"" + "x".repeat(5 * 1024 * 1024)
                + "\"}").getBytes(StandardCharsets.UTF_8);
        try {
            HttpResponse<String> refused = send(client, "api/custody/loss", "application/json",
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(flood)), token);
            assertEquals(413, refused.statusCode(), refused.body());
        } catch (IOException connectionClosed) {
            // The server closes the connection beyond the limit; the client hears it as GOAWAY, or, when it was still
            // writing, as a broken pipe or a reset.
            assertTrue(String.valueOf(connectionClosed.getMessage()).matches("(?s).*(GOAWAY|Broken pipe|reset).*"),
                    connectionClosed::toString);
        }
        as(ADMIN).get("/api/custody/pending").then().body("totalItems", equalTo(pendingBefore));
        assertEquals(200, http2().send(HttpRequest.newBuilder(URI.create(service.toString())
                .resolve("api/weapons?size=1")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "the service answers the next connection");
    }

    @Test
    void aChunkedPhotoOverItsLimitIs413() throws Exception {
        byte[] photo = new byte[17 * 1024 * 1024];
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        HttpResponse<String> answer = chunked("api/tags/decode", "image/jpeg", photo, Api.token(CLERK_GAO));
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals("urn:stockpile:problem:body-too-large", JSON.readTree(answer.body()).get("type").asText());
    }

    @Test
    void twoIdempotencyKeysAreRefusedBeforeAnythingHappens() {
        String tag = Custody.freshWeapons("ARM-GAO-01", "two-keys", 1).get(0);
        clean(as(CLERK_GAO).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Custody.scan(List.of(tag), "personTag", Custody.personTagAt("ARM-GAO-01")))
                .post("/api/custody/issue").then().statusCode(400))
                .body("type", equalTo("urn:stockpile:problem:malformed-request"))
                .body("detail", containsString("Idempotency-Key"));
        as(CLERK_GAO).get("/api/weapons/" + Custody.weaponId(tag)).then().body("state", equalTo("IN_STORE"));
    }

    @Test
    void anAddressTooLongIs414Problem() {
        clean(as(CLERK_GAO).header("Accept-Language", "en").get("/api/weapons?q=" + "a".repeat(5000)).then()
                .statusCode(414)).body("type", equalTo("urn:stockpile:problem:uri-too-long"))
                .body("detail", containsString("4,096"));
    }

    @Test
    void aPhotoInAnotherImageFormatIsTold415WhatToSend() {
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1);
        clean(as(CLERK_GAO).header("Accept-Language", "en").contentType("image/gif").body(gif)
                .post("/api/tags/decode").then().statusCode(415))
                .body("detail", containsString("JPEG or PNG"));
        clean(as(CLERK_GAO).header("Accept-Language", "en").contentType("application/xml").body("<weapon/>")
                .post("/api/weapons").then().statusCode(415))
                .body("detail", containsString("/q/openapi")).body("detail", org.hamcrest.Matchers.not(
                        containsString("send JSON")));
    }

    /** Sends {@code body} with no announced length (HTTP/1.1 chunked transfer encoding). */
    private HttpResponse<String> chunked(String path, String contentType, byte[] body, String token)
            throws IOException, InterruptedException {
        return send(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), path, contentType,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), token);
    }

    private HttpResponse<String> send(HttpClient client, String path, String contentType,
            HttpRequest.BodyPublisher body, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.toString()).resolve(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .header("Idempotency-Key", UUID.randomUUID().toString()).POST(body).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A client on an HTTP/2 connection (cleartext, upgraded from HTTP/1.1 by a first request, as Java's client and
     * others do; browsers speak it over TLS).
     */
    private HttpClient http2() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<Void> upgrade = client.send(HttpRequest.newBuilder(URI.create(service.toString())
                .resolve("q/health/live")).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(HttpClient.Version.HTTP_2, upgrade.version(), "the connection was upgraded to HTTP/2");
        return client;
    }
}
