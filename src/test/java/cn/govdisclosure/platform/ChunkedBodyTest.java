package cn.govdisclosure.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import cn.govdisclosure.TestData;
import cn.govdisclosure.Tokens;

/**
 * Bodies sent without {@code Content-Length} (chunked), over a raw socket: the 1 MiB limit holds however a body is
 * framed, and the answer comes before the body has ended; the two imports keep their larger limits; and a client's
 * broken chunk framing is its own error, never an ERROR line with a stack trace in the service's log.
 */
@QuarkusTest
class ChunkedBodyTest {

    private static final int MIB = 1024 * 1024;

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logged) {
                logged.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(recorder);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(recorder);
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIsRefusedBeforeItEnds() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("POST", "/api/v1/agencies", "application/json", Tokens.admin()));
            out.write(chunk("{\"code\":\"C1\",\"name\":\""));
            byte[] filler = "某".repeat(16 * 1024).getBytes(StandardCharsets.UTF_8);
            // 2 MiB of a name, and the body never ends: the answer must not wait for its end
            for (int sent = 0; sent < 2 * MIB; sent += filler.length) {
                out.write(chunk(filler));
            }
            out.flush();
            String answer = readAnswer(socket);
            assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("\"type\":\"urn:govdisclosure:problem:payload-too-large\""), answer);
            assertTrue(answer.contains("\"detail\":\"The request body has more than 1048576 bytes; at most 1048576 are "
                    + "accepted\""), answer);
        }
    }

    @Test
    void theImportsKeepTheirOwnLargerLimits() throws IOException {
        String agency = TestData.agency();
        byte[] text = ("某某局2020年政府信息公开工作年度报告\n".repeat(40_000)).getBytes(StandardCharsets.UTF_8);
        assertTrue(text.length > 2 * MIB);
        String answer = sendChunked("/api/v1/agencies/" + agency + "/report-imports?year=2020&dryRun=true",
                "text/plain; charset=UTF-8", Tokens.of("publisher", agency), text);
        assertTrue(answer.startsWith("HTTP/1.1 422 "), answer);
        assertTrue(answer.contains("\"title\":\"Not an annual report\""), answer);

        byte[] csv = ("受理编号,收到申请时间\n" + "X,2020-01-01\n".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
        assertTrue(csv.length > 2 * MIB);
        answer = sendChunked("/api/v1/agencies/" + agency + "/ledger-imports?mode=validate", "text/csv",
                Tokens.of("clerk", agency), csv);
        assertTrue(answer.startsWith("HTTP/1.1 202 "), answer);

        byte[] large = new byte[10 * MIB + 1];
        answer = sendChunked("/api/v1/agencies/" + agency + "/report-imports?year=2020&dryRun=true", "application/pdf",
                Tokens.of("publisher", agency), large);
        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.contains("at most 10485760 are accepted"), answer);
    }

    @Test
    void brokenChunkFramingIsAClientErrorWithoutAStackTraceInTheLog() throws Exception {
        for (String broken : List.of("ZZ\r\n{}\r\n0\r\n\r\n", "2\r\n{}XX0\r\n\r\n", "ffffffffffffffffff\r\n{}\r\n")) {
            try (Socket socket = connect()) {
                OutputStream out = socket.getOutputStream();
                out.write(head("POST", "/api/v1/agencies", "application/json", Tokens.admin()));
                out.write(broken.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = readAnswer(socket);
                assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 400 "), answer);
            }
        }
        Thread.sleep(500);
        synchronized (logged) {
            List<String> severe = logged.stream()
                    .filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue() || r.getThrown() != null)
                    .map(r -> r.getLoggerName() + ": " + r.getMessage()).toList();
            assertEquals(List.of(), severe);
        }
    }

    private static String sendChunked(String path, String contentType, String token, byte[] body) throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("POST", path, contentType, token));
            for (int offset = 0; offset < body.length; offset += 64 * 1024) {
                int length = Math.min(64 * 1024, body.length - offset);
                out.write(Integer.toHexString(length).getBytes(StandardCharsets.US_ASCII));
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                out.write(body, offset, length);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readAnswer(socket);
        } catch (IOException e) {
            // the service may close the connection before the whole body is written; the answer came first
            throw e;
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static byte[] head(String method, String path, String contentType, String token) {
        return (method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] chunk(String text) {
        return chunk(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] chunk(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** Whatever the service answered until it closed the connection (or a pause), as text. */
    private static String readAnswer(Socket socket) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // the answer so far is the answer
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
