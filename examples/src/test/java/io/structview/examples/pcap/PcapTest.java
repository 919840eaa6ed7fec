package io.structview.examples.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.structview.examples.Data;
import io.structview.examples.pcap.Pcap.Flow;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * loopback.pcap was captured by tcpdump on the loopback interface while tools/capture_loopback.py sent traffic;
 * the expected flows are what {@code tcpdump -nn -r loopback.pcap} lists.
 */
class PcapTest {
    @TempDir
    Path dir;

    @Test
    void flowsOfTheLoopbackCapture() throws Exception {
        Pcap.Summary summary = Pcap.read(Data.bundled("loopback.pcap", dir));
        assertThat(summary.versionMajor()).isEqualTo(2);
        assertThat(summary.versionMinor()).isEqualTo(4);
        assertThat(summary.snapLength()).isEqualTo(262_144);
        assertThat(summary.packets()).isEqualTo(21);
        assertThat(summary.otherPackets()).isZero();
        assertThat(summary.durationSeconds()).isBetween(0.0, 0.1);
        assertThat(summary.flows()).containsExactly(
                new Flow("UDP", "127.0.0.1:40001", "127.0.0.1:9053", 3, 3 * 19),
                new Flow("UDP", "127.0.0.1:9053", "127.0.0.1:40001", 3, 3 * 40),
                new Flow("UDP", "127.0.0.1:40002", "127.0.0.2:5005", 5, 100 + 200 + 300 + 400 + 500),
                new Flow("TCP", "127.0.0.1:40003", "127.0.0.1:8080", 5, 18),
                new Flow("TCP", "127.0.0.1:8080", "127.0.0.1:40003", 5, 43));
        assertThat(summary.report()).startsWith("pcap 2.4, Ethernet, snaplen 262144: 21 packets over ")
                .contains("UDP 127.0.0.1:40002 -> 127.0.0.2:5005    5 packets   1500 payload bytes");
    }

    @Test
    void rejectsOtherFiles() throws Exception {
        byte[] pcap = Files.readAllBytes(Data.bundled("loopback.pcap", dir));
        byte[] swapped = pcap.clone();
        swapped[0] = (byte) 0xa1;
        swapped[1] = (byte) 0xb2;
        swapped[2] = (byte) 0xc3;
        swapped[3] = (byte) 0xd4;
        assertThatThrownBy(() -> Pcap.read(MemorySegment.ofArray(swapped))).hasMessageContaining("magic d4c3b2a1");
        byte[] linuxSll = pcap.clone();
        linuxSll[20] = 113;
        assertThatThrownBy(() -> Pcap.read(MemorySegment.ofArray(linuxSll))).hasMessageContaining("link type 113");
    }

    @Test
    void dottedQuads() {
        assertThat(Pcap.address(0x7f000001L)).isEqualTo("127.0.0.1");
        assertThat(Pcap.address(0xc0a80affL)).isEqualTo("192.168.10.255");
    }
}
