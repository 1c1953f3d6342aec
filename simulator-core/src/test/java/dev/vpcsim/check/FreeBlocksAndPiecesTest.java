package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Ipv4;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FreeBlocksAndPiecesTest {

    private static Optional<Cidr> near(String ip, int prefix, String... occupied) {
        return FreeBlocks.near(Ipv4.of(ip).value(), prefix, List.of(occupied).stream().map(Cidr::of).toList());
    }

    @Test
    void theBlockAtThePreferredAddressWhenFree() {
        assertEquals(Optional.of(Cidr.of("10.8.0.0/28")), near("10.8.0.0", 28));
    }

    @Test
    void jumpsPastOccupiedRanges() {
        assertEquals(Optional.of(Cidr.of("10.8.0.48/28")), near("10.8.0.0", 28, "10.8.0.0/27", "10.8.0.32/28"));
    }

    @Test
    void wrapsAroundToTheStartOfTheSlash16() {
        // 10.8.255.0/24 is the end of 10.8.0.0/16; a /24 starting there is taken, so the search wraps to 10.8.0.0
        assertEquals(Optional.of(Cidr.of("10.8.0.0/24")), near("10.8.255.0", 24, "10.8.255.0/24"));
    }

    @Test
    void nothingWhenTheWindowIsFull() {
        assertEquals(Optional.empty(), near("10.8.0.0", 28, "10.8.0.0/16"));
    }

    @Test
    void publicOrProhibitedAddressesFallBackToTen() {
        assertEquals(Optional.of(Cidr.of("10.0.0.0/24")), near("169.254.1.0", 24));
    }

    @Test
    void piecesCutAtEveryBoundary() {
        Pieces p = new Pieces(0, 100);
        p.cut(10, 19);
        p.cut(15, 100);
        assertEquals(List.of(new Pieces.Piece(0, 9), new Pieces.Piece(10, 14), new Pieces.Piece(15, 19),
                new Pieces.Piece(20, 100)), p.all());
    }
}
