package org.threadlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starts the whole application on a random port and an in-memory database. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ThreadLabApplicationTests.FailingController.class)
class ThreadLabApplicationTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void homePageAnswers() throws Exception {
        HttpResponse<String> response = get("/", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ThreadLab").contains("/assets/main.js");
    }

    @Test
    void systemInfoReportsSchemaVersionAndTheRegisteredNode() throws Exception {
        HttpResponse<String> response = get("/api/v1/system/info", "application/json");
        JsonNode info = JsonMapper.builder().build().readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(info.get("schemaVersion").asString()).isEqualTo("1");
        assertThat(info.get("database").asString()).isEqualTo("H2");
        String nodeId = info.get("nodeId").asString();
        assertThat(jdbc.queryForObject("select count(*) from cluster_node where id = ?", Integer.class, nodeId))
                .isEqualTo(1);
    }

    @Test
    void notFoundGetsTheErrorPage() throws Exception {
        HttpResponse<String> response = get("/no-such-page", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Something went wrong");
    }

    @Test
    void serverFailureShowsNeitherStackTraceNorMessage() throws Exception {
        HttpResponse<String> page = get(FailingController.PATH, "text/html");
        HttpResponse<String> json = get(FailingController.PATH, "application/json");

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("Something went wrong");
        assertThat(json.statusCode()).isEqualTo(500);
        for (String body : new String[] {page.body(), json.body()}) {
            assertThat(body).doesNotContain(FailingController.SECRET, "IllegalStateException", "at org.", "trace");
        }
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A handler that fails, to see what the browser gets back. */
    @RestController
    static class FailingController {

        static final String PATH = "/test/failure";
        static final String SECRET = "internal detail";

        @GetMapping(PATH)
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }
}
