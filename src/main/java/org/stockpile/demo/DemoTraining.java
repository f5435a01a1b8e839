package org.stockpile.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.stockpile.training.CertificateValidity;

/**
 * The demo's training records: the national catalogue, the programme of 2016–2019 that trained 256 people (87 of
 * them in 2017), each of whom passed once and whose certificates have long expired; then this year's refresher that
 * certifies every person who signs in to work a counter, and crew-served weapons courses at Gao: one recent, one whose
 * certificate is valid through today and one whose certificates ran out yesterday, so that both an issue and a
 * refusal can be seen there.
 */
public final class DemoTraining {

    /** People the programme trained each year, 2016 to 2019: 256 in all. */
    static final Map<Integer, Integer> PROGRAMME = new LinkedHashMap<>(Map.of(2016, 52, 2017, 87, 2018, 71,
            2019, 46));
    static final int PROGRAMME_TRAINEES = 256;
    private static final int PROGRAMME_SESSION_SIZE = 20;
    /** The accounts of the demo users and of the benchmark's administrator, with the site each is posted at. */
    private static final String[][] ACCOUNTS = { { "clerk-gao", "ARM-GAO-01" }, { "clerk-kayes", "ARM-KAY-01" },
            { "clerk-storehouse", "EXS-BKO-01" }, { "admin", "ARM-BKO-01" }, { "trainer", "ARM-BKO-01" },
            { "commander", "ARM-BKO-01" }, { "inspector-national", "ARM-BKO-01" }, { "inspector-mopti", "ARM-MPT-01" },
            { "bench-admin", "ARM-BKO-02" } };
    /** The accounts that work a counter, besides each site's own storekeeper. */
    private static final List<String> COUNTER_ACCOUNTS = List.of("clerk-gao", "clerk-kayes", "clerk-storehouse",
            "admin", "bench-admin");

    public record Course(long id, String code, String titleFr, String titleEn, int lengthDays, int validityMonths,
            List<String> roles, List<String> weaponTypes) {
    }

    public record Session(long id, long courseId, long siteId, long regionId, LocalDate startsOn, LocalDate endsOn,
            int capacity, long trainerId) {
    }

    public record Enrolment(long id, long sessionId, long personId, BigDecimal score, boolean passed) {
    }

    /** A pass's certificate, issued on the session's last day. */
    public record Certificate(long id, long number, long personId, long courseId, long enrolmentId,
            LocalDate issuedOn, LocalDate validThrough, List<String> roles, List<String> weaponTypes) {
    }

    public static final List<Course> COURSES = List.of(
            new Course(1, "PSSM-MAG", "Gestion et sécurisation des stocks d’armes : magasinier",
                    "Physical security and stockpile management: storekeeper", 14, 12, List.of("CLERK"), List.of()),
            new Course(2, "PSSM-REG", "Cours régional de gestion et sécurisation des stocks",
                    "Regional physical security and stockpile management course", 6, 24, List.of(), List.of()),
            new Course(3, "ARMURIER", "Armurier", "Armourer", 15, 24, List.of("ARMOURER"), List.of()),
            new Course(4, "NEDEX-1", "Sensibilisation NEDEX niveau 1", "EOD level 1 awareness", 5, 24, List.of(),
                    List.of()),
            new Course(5, "SURV-MUN", "Surveillance des munitions", "Ammunition surveillance", 10, 24,
                    List.of("AMMUNITION_SURVEYOR"), List.of()),
            new Course(6, "ARM-COLL", "Mise en œuvre des armes collectives", "Crew-served weapons handling", 10, 12,
                    List.of(), List.of("GRENADE_LAUNCHER", "HEAVY_MACHINE_GUN", "MORTAR", "RECOILLESS_GUN",
                            "ROCKET_LAUNCHER")));
    /** The courses the programme gave, in turn. */
    private static final long[] PROGRAMME_COURSES = { 1, 2, 1, 3, 5, 2, 4 };

    public final List<Session> sessions = new ArrayList<>();
    public final List<Enrolment> enrolments = new ArrayList<>();
    public final List<Certificate> certificates = new ArrayList<>();

    private final DemoDataset dataset;
    private final Random random;

    private DemoTraining(DemoDataset dataset, Random random) {
        this.dataset = dataset;
        this.random = random;
    }

    static DemoTraining generate(DemoDataset dataset, LocalDate today, Random random) {
        DemoTraining training = new DemoTraining(dataset, random);
        training.enoughPersons();
        Map<String, DemoDataset.Person> accounts = training.accounts();
        DemoDataset.Person trainer = accounts.get("trainer");
        training.programme(trainer);
        List<DemoDataset.Person> counter = new ArrayList<>();
        dataset.persons.stream().filter(p -> p.account() != null && (p.account().startsWith("clerk-")
                || COUNTER_ACCOUNTS.contains(p.account()))).forEach(counter::add);
        training.session(1, site(dataset, "ARM-BKO-01"), today.minusDays(75), trainer, counter);
        List<DemoDataset.Person> gao = dataset.persons.stream()
                .filter(p -> p.siteId() == site(dataset, "ARM-GAO-01").id() && p.account() == null).toList();
        DemoDataset.Site gaoArmoury = site(dataset, "ARM-GAO-01");
        training.session(6, gaoArmoury, today.minusMonths(5), trainer, gao.subList(0, 4));
        // The boundary, to be seen at the counter: a certificate valid through today, and two that ran out yesterday.
        training.session(6, gaoArmoury, endingOn(6, today.plusDays(1).minusMonths(12)), trainer, gao.subList(4, 5));
        training.session(6, gaoArmoury, endingOn(6, today.minusMonths(12)), trainer, gao.subList(5, 7));
        return training;
    }

    /** The first day of a session of {@code courseId} whose last day is {@code end}. */
    private static LocalDate endingOn(long courseId, LocalDate end) {
        return end.minusDays(COURSES.get((int) courseId - 1).lengthDays() - 1L);
    }

    /** Persons enough, at any scale, for the programme's trainees and every account (added last, site by site). */
    private void enoughPersons() {
        int needed = PROGRAMME_TRAINEES + ACCOUNTS.length + dataset.sites.size();
        for (int i = 0; dataset.persons.size() < needed; i++) {
            dataset.addPerson(dataset.sites.get(i % dataset.sites.size()));
        }
        for (DemoDataset.Site site : dataset.sites) {
            while (dataset.persons.stream().filter(p -> p.siteId() == site.id()).count() < 10) {
                dataset.addPerson(site);
            }
        }
    }

    /** Each site's first person is its storekeeper ("clerk-" and the site's code); the named accounts follow. */
    private Map<String, DemoDataset.Person> accounts() {
        Map<String, DemoDataset.Person> accounts = new LinkedHashMap<>();
        for (DemoDataset.Site site : dataset.sites) {
            assign(accounts, "clerk-" + site.code().toLowerCase(Locale.ROOT), site);
        }
        for (String[] account : ACCOUNTS) {
            assign(accounts, account[0], site(dataset, account[1]));
        }
        return accounts;
    }

    private void assign(Map<String, DemoDataset.Person> accounts, String account, DemoDataset.Site site) {
        for (int i = 0; i < dataset.persons.size(); i++) {
            DemoDataset.Person person = dataset.persons.get(i);
            if (person.siteId() == site.id() && person.account() == null) {
                DemoDataset.Person linked = person.withAccount(account);
                dataset.persons.set(i, linked);
                accounts.put(account, linked);
                return;
            }
        }
        throw new IllegalStateException("No person left at " + site.code() + " for " + account);
    }

    /**
     * The programme: 256 persons without accounts, taken site by site so that every region sends trainees, each
     * trained once, in sessions of at most 20 held in their own region.
     */
    private void programme(DemoDataset.Person trainer) {
        List<DemoDataset.Person> trainees = new ArrayList<>(dataset.persons.stream()
                .filter(p -> p.account() == null).toList());
        trainees.sort(Comparator.comparingLong(p -> (p.id() * 7919) % 1009));
        int next = 0;
        int sessionIndex = 0;
        for (Map.Entry<Integer, Integer> year : PROGRAMME.entrySet()) {
            List<DemoDataset.Person> ofYear = new ArrayList<>(trainees.subList(next, next + year.getValue()));
            next += year.getValue();
            ofYear.sort(Comparator.comparingLong(p -> regionOf(p).id()));
            for (int from = 0; from < ofYear.size(); ) {
                long region = regionOf(ofYear.get(from)).id();
                int to = from;
                while (to < ofYear.size() && to - from < PROGRAMME_SESSION_SIZE
                        && regionOf(ofYear.get(to)).id() == region) {
                    to++;
                }
                long course = PROGRAMME_COURSES[sessionIndex % PROGRAMME_COURSES.length];
                LocalDate start = LocalDate.of(year.getKey(), 2 + (sessionIndex * 3) % 10, 1 + sessionIndex % 20);
                DemoDataset.Site place = dataset.sites.stream()
                        .filter(s -> s.regionId() == region && s.kind().equals("ARMOURY")).findFirst().orElseThrow();
                session(course, place, start, trainer, ofYear.subList(from, to));
                sessionIndex++;
                from = to;
            }
        }
    }

    private DemoDataset.Region regionOf(DemoDataset.Person person) {
        return dataset.regions.get((int) dataset.sites.get((int) person.siteId() - 1).regionId() - 1);
    }

    /** A closed session of {@code courseId} from {@code start}, every trainee present throughout and passed. */
    private void session(long courseId, DemoDataset.Site place, LocalDate start, DemoDataset.Person trainer,
            List<DemoDataset.Person> trainees) {
        Course course = COURSES.get((int) courseId - 1);
        LocalDate end = start.plusDays(course.lengthDays() - 1L);
        Session session = new Session(sessions.size() + 1, courseId, place.id(), place.regionId(), start, end,
                Math.max(20, trainees.size()), trainer.id());
        sessions.add(session);
        for (DemoDataset.Person trainee : trainees) {
            Enrolment enrolment = new Enrolment(enrolments.size() + 1, session.id(), trainee.id(),
                    BigDecimal.valueOf(60 + random.nextInt(39)), true);
            enrolments.add(enrolment);
            certificates.add(new Certificate(certificates.size() + 1, certificates.size() + 1, trainee.id(),
                    courseId, enrolment.id(), end,
                    CertificateValidity.issued(end, Period.ofMonths(course.validityMonths())).validThrough(),
                    course.roles(), course.weaponTypes()));
        }
    }

    private static DemoDataset.Site site(DemoDataset dataset, String code) {
        return dataset.sites.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}
