package org.stockpile.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo's training reproduces the Mali programme at every scale, and certifies every counter account. */
class DemoTrainingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @ValueSource(doubles = { 0.05, 1, 10 })
    void theProgrammeTrained256PeopleOf87In2017(double scale) {
        DemoDataset dataset = DemoDataset.generate(scale, TODAY);
        DemoTraining training = dataset.training;
        Map<Long, DemoTraining.Session> sessions = training.sessions.stream()
                .collect(Collectors.toMap(DemoTraining.Session::id, s -> s));
        Map<Integer, Set<Long>> trainedByYear = new TreeMap<>();
        training.enrolments.stream().filter(DemoTraining.Enrolment::passed).forEach(e -> {
            int year = sessions.get(e.sessionId()).endsOn().getYear();
            if (year <= 2019) {
                trainedByYear.computeIfAbsent(year, y -> new TreeSet<>()).add(e.personId());
            }
        });
        assertEquals(Map.of(2016, 52, 2017, 87, 2018, 71, 2019, 46), trainedByYear.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().size())));
        assertEquals(256, trainedByYear.values().stream().flatMap(Set::stream).distinct().count());
    }

    @ParameterizedTest
    @ValueSource(doubles = { 0.05, 1 })
    void everyCounterAccountHoldsAStorekeeperCertificateValidToday(double scale) {
        DemoDataset dataset = DemoDataset.generate(scale, TODAY);
        Set<Long> certifiedClerks = dataset.training.certificates.stream()
                .filter(c -> c.roles().contains("CLERK") && !c.issuedOn().isAfter(TODAY)
                        && !c.validThrough().isBefore(TODAY))
                .map(DemoTraining.Certificate::personId).collect(Collectors.toSet());
        var counter = dataset.persons.stream().filter(p -> p.account() != null && (p.account().startsWith("clerk-")
                || p.account().equals("admin"))).toList();
        assertTrue(counter.size() >= dataset.sites.size() + 3, () -> counter.size() + " counter accounts");
        counter.forEach(p -> assertTrue(certifiedClerks.contains(p.id()), p.account() + " is certified"));
    }
}
