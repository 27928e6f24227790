package org.matterstandards.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A {@code $ref} never reaches the network, not even this machine's loopback (模式引用不访问网络). */
class NoNetworkTest {

    @Test
    void aRefToAnHttpAddressIsRefusedWithoutConnecting() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket ignored = server.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketException closed) {
                        return;
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "no-network-test");
            acceptor.setDaemon(true);
            acceptor.start();
            String remote = "http://127.0.0.1:" + server.getLocalPort() + "/evil.schema.json";
            Map<MatterSchema, String> texts = new EnumMap<>(MatterSchema.class);
            texts.put(MatterSchema.DEFS, MatterSchema.DEFS.text());
            texts.put(MatterSchema.LIST_CHANGE, """
                    {"$schema": "https://json-schema.org/draft/2020-12/schema",
                     "$id": "https://matterstandards.org/schemas/1.0/list-change.schema.json",
                     "type": "object", "properties": {"changeId": {"$ref": "%s"}}}""".formatted(remote));
            assertThatThrownBy(() -> SchemaValidator.of(texts)).hasMessageContaining("not allowed");
            Thread.sleep(200);
            assertThat(connections.get()).as("connections to the loopback server").isZero();
        }
    }

    @Test
    void aRefToAnotherMatterstandardsAddressIsRefusedToo() {
        Map<MatterSchema, String> texts = new EnumMap<>(MatterSchema.class);
        texts.put(MatterSchema.POWER_ITEM, """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$id": "https://matterstandards.org/schemas/1.0/power-item.schema.json",
                 "$ref": "https://matterstandards.org/schemas/1.0/defs.schema.json#/$defs/uscc"}""");
        // defs.schema.json was not handed over: it must not be fetched from anywhere.
        assertThatThrownBy(() -> SchemaValidator.of(texts)).hasMessageContaining("not allowed");
    }
}
