package io.structview.examples.pcap;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Summarises a libpcap capture by flow. The file's own headers ({@link PcapHeader}, {@link PacketHeader}) are
 * little-endian as tcpdump writes them on x86; the network headers inside each packet ({@link EthernetHeader},
 * {@link Ipv4Header}, {@link UdpHeader}, {@link TcpHeader}) are big-endian: both are declared in
 * {@code pcap.yaml}, and the generated classes read each in its own byte order.
 */
public final class Pcap {
    private Pcap() {}

    /** The magic number of a capture with microsecond timestamps, as read in the file's byte order. */
    public static final long MAGIC_MICROS = 0xa1b2c3d4L;
    /** The magic number of a capture with nanosecond timestamps. */
    public static final long MAGIC_NANOS = 0xa1b23c4dL;
    /** {@code linkType} of Ethernet (DLT_EN10MB), what Linux uses for the loopback interface. */
    public static final long LINKTYPE_ETHERNET = 1;
    /** {@code etherType} of IPv4. */
    public static final int ETHERTYPE_IPV4 = 0x0800;
    /** IP protocol numbers. */
    public static final int PROTO_TCP = 6;
    /** IP protocol numbers. */
    public static final int PROTO_UDP = 17;

    /**
     * One direction of a conversation.
     *
     * @param protocol {@code UDP} or {@code TCP}
     * @param source address:port
     * @param destination address:port
     * @param packets how many packets
     * @param payloadBytes the sum of the transport payloads
     */
    public record Flow(String protocol, String source, String destination, long packets, long payloadBytes) {}

    /**
     * What {@link #read} found.
     *
     * @param versionMajor the file format version
     * @param versionMinor the file format version
     * @param snapLength the capture's snapshot length
     * @param packets all packet records
     * @param otherPackets packets that are not IPv4 UDP or TCP
     * @param firstSeconds the first packet's time, seconds since the epoch
     * @param durationSeconds the time from the first to the last packet
     * @param flows the flows in the order first seen
     */
    public record Summary(int versionMajor, int versionMinor, long snapLength, long packets, long otherPackets,
            double firstSeconds, double durationSeconds, List<Flow> flows) {
        /** One line per fact, as the tour prints them. */
        public String report() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "pcap %d.%d, Ethernet, snaplen %d: %d packets over %.3f ms, %d flows, %d other packets",
                    versionMajor, versionMinor, snapLength, packets, durationSeconds * 1e3, flows.size(),
                    otherPackets));
            for (Flow f : flows) {
                b.append(String.format(Locale.ROOT, "%n   %s %-15s -> %-15s %3d packets %6d payload bytes",
                        f.protocol(), f.source(), f.destination(), f.packets(), f.payloadBytes()));
            }
            return b.toString();
        }
    }

    /**
     * Maps a capture file and summarises it.
     *
     * @param file a libpcap file (not pcapng) with Ethernet link type
     * @return the flow summary
     * @throws IOException if the file cannot be read
     */
    public static Summary read(Path file) throws IOException {
        try (Arena arena = Arena.ofConfined(); FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena));
        }
    }

    /**
     * Summarises a capture held in memory.
     *
     * @param file the whole file
     * @return the flow summary
     */
    public static Summary read(MemorySegment file) {
        PcapHeader header = new PcapHeader().wrap(file, 0);
        long magic = header.magic();
        if (magic != MAGIC_MICROS && magic != MAGIC_NANOS) {
            throw new IllegalArgumentException(String.format(
                    "not a little-endian libpcap file (magic %08x; pcapng and big-endian captures are not read here)",
                    magic));
        }
        double tick = magic == MAGIC_NANOS ? 1e-9 : 1e-6;
        if (header.linkType() != LINKTYPE_ETHERNET) {
            throw new IllegalArgumentException("link type " + header.linkType() + " is not Ethernet");
        }

        // One flyweight per header type, re-pointed at each packet: no allocation per header.
        PacketHeader record = new PacketHeader();
        EthernetHeader ethernet = new EthernetHeader();
        Ipv4Header ip = new Ipv4Header();
        UdpHeader udp = new UdpHeader();
        TcpHeader tcp = new TcpHeader();

        Map<String, long[]> flows = new LinkedHashMap<>(); // key -> {packets, payload bytes}
        long packets = 0;
        long other = 0;
        double first = 0;
        double last = 0;
        for (long at = PcapHeader.SIZE; at + PacketHeader.SIZE <= file.byteSize(); ) {
            record.wrap(file, at);
            long frame = at + PacketHeader.SIZE;
            long captured = record.capturedLength();
            at = frame + captured;
            double time = record.tsSec() + record.tsUsec() * tick;
            first = packets == 0 ? time : first;
            last = time;
            packets++;

            // Ethernet, then IPv4 with its variable header length (IHL, in 32-bit words).
            if (captured < EthernetHeader.SIZE + Ipv4Header.SIZE
                    || ethernet.wrap(file, frame).etherType() != ETHERTYPE_IPV4) {
                other++;
                continue;
            }
            long ipAt = frame + EthernetHeader.SIZE;
            ip.wrap(file, ipAt);
            long ipHeaderLength = 4L * (ip.versionIhl() & 0x0f);
            long transport = ipAt + ipHeaderLength;
            long ipEnd = ipAt + ip.totalLength();
            String protocol;
            int sourcePort;
            int destinationPort;
            long payload;
            if (ip.protocol() == PROTO_UDP && transport + UdpHeader.SIZE <= frame + captured) {
                udp.wrap(file, transport);
                protocol = "UDP";
                sourcePort = udp.sourcePort();
                destinationPort = udp.destinationPort();
                payload = udp.length() - UdpHeader.SIZE;
            } else if (ip.protocol() == PROTO_TCP && transport + TcpHeader.SIZE <= frame + captured) {
                tcp.wrap(file, transport);
                protocol = "TCP";
                sourcePort = tcp.sourcePort();
                destinationPort = tcp.destinationPort();
                payload = ipEnd - transport - 4L * (tcp.dataOffset() >>> 4);
            } else {
                other++;
                continue;
            }
            String key = protocol + " " + address(ip.source()) + ":" + sourcePort + " " + address(ip.destination())
                    + ":" + destinationPort;
            long[] counts = flows.computeIfAbsent(key, k -> new long[2]);
            counts[0]++;
            counts[1] += payload;
        }

        List<Flow> list = new ArrayList<>();
        flows.forEach((key, counts) -> {
            String[] parts = key.split(" ");
            list.add(new Flow(parts[0], parts[1], parts[2], counts[0], counts[1]));
        });
        return new Summary(header.versionMajor(), header.versionMinor(), header.snapLen(), packets, other, first,
                last - first, List.copyOf(list));
    }

    /** Dotted-quad text of an IPv4 address read as a big-endian unsigned 32-bit number. */
    static String address(long ip) {
        return (ip >>> 24 & 0xff) + "." + (ip >>> 16 & 0xff) + "." + (ip >>> 8 & 0xff) + "." + (ip & 0xff);
    }
}
