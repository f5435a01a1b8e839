package org.stockpile.stocktake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The records a sample check counts, drawn at random from the book when the stocktake opens, so that nobody knows
 * beforehand which serial numbers will be checked. The service draws with a secure generator; tests with a seeded
 * one.
 */
public final class SampleDraw {

    private SampleDraw() {
    }

    /** {@code size} records of {@code book} (all of them when it holds fewer), each equally likely, in book order. */
    public static <T> List<T> draw(List<T> book, int size, RandomGenerator random) {
        if (size < 0) {
            throw new IllegalArgumentException("a sample's size cannot be negative: " + size);
        }
        if (size >= book.size()) {
            return List.copyOf(book);
        }
        // A partial Fisher–Yates shuffle of the positions: the first {@code size} are the sample.
        List<Integer> positions = new ArrayList<>(book.size());
        for (int i = 0; i < book.size(); i++) {
            positions.add(i);
        }
        for (int i = 0; i < size; i++) {
            Collections.swap(positions, i, i + random.nextInt(book.size() - i));
        }
        List<Integer> chosen = new ArrayList<>(positions.subList(0, size));
        Collections.sort(chosen);
        return chosen.stream().map(book::get).toList();
    }
}
