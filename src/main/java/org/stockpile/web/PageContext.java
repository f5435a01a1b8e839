package org.stockpile.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.custody.OperationType;
import org.stockpile.security.CurrentUser;
import org.stockpile.system.Messages;
import org.stockpile.training.Certification;
import org.stockpile.weapon.Weapon;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;

/**
 * What every page needs besides its own data: who is signed in, in which language, and the form token its forms
 * send back. Templates read it as {@code inject:page}.
 */
@Named("page")
@RequestScoped
public class PageContext {

    private static final Map<String, Class<?>> PAGES = Map.ofEntries(Map.entry("counter", CounterPage.class),
            Map.entry("approvals", ApprovalsPage.class), Map.entry("weapons", WeaponPages.class),
            Map.entry("labels", LabelsPage.class), Map.entry("ammunition", AmmunitionCounterPage.class),
            Map.entry("reports", ReportsPage.class), Map.entry("ledger", LedgerPage.class),
            Map.entry("training", TrainingPages.class), Map.entry("stocktakes", StocktakePages.class),
            Map.entry("loss-reports", LossReportPages.class), Map.entry("keys", KeyPages.class),
            Map.entry("inspections", InspectionPages.class));

    private final CurrentUser user;
    private final Messages messages;
    private final FormToken formTokens;
    private final CurrentVertxRequest request;
    private final ZoneId timeZone;
    private String formToken;
    private boolean newFormToken;

    PageContext(CurrentUser user, Messages messages, FormToken formTokens, CurrentVertxRequest request,
            @ConfigProperty(name = "stockpile.web.time-zone") ZoneId timeZone) {
        this.user = user;
        this.timeZone = timeZone;
        this.messages = messages;
        this.formTokens = formTokens;
        this.request = request;
    }

    public String userName() {
        return user.name();
    }

    /**
     * Whether the person's roles open the page named (a link is shown only where it leads somewhere): read from the
     * page's own {@code @RolesAllowed}, so that the menu and the page cannot disagree.
     */
    public boolean mayOpen(String name) {
        Class<?> target = PAGES.get(name);
        if (target == null) {
            throw new IllegalArgumentException("No page named " + name);
        }
        return Arrays.stream(target.getAnnotation(RolesAllowed.class).value()).anyMatch(user::hasRole);
    }

    public Locale locale() {
        return messages.locale();
    }

    /** {@code template} in the person's language. */
    public TemplateInstance localized(TemplateInstance template) {
        return template.setLocale(locale());
    }

    /** A page fragment (a counter's line, a decision's entry), written out in the person's language. */
    public String render(TemplateInstance fragment) {
        return localized(fragment).render();
    }

    /** The start of today at the service's time zone. */
    public OffsetDateTime startOfToday() {
        return LocalDate.now(timeZone).atStartOfDay(timeZone).toOffsetDateTime();
    }

    /** A weapon's state in the person's language. */
    public String state(Weapon.State state) {
        return messages.get("state." + state.name());
    }

    /** A share (0.9) as a percentage (90), as the person writes numbers. */
    public String percent(BigDecimal share) {
        return NumberFormat.getNumberInstance(locale()).format(share.movePointRight(2));
    }

    /** A custody operation's name in the person's language. */
    public String operation(OperationType operation) {
        return messages.get("operation." + operation.name());
    }

    /** A moment as the person reads it: in their language, at the service's time zone. */
    public String dateTime(OffsetDateTime moment) {
        return moment.atZoneSameInstant(timeZone)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale()));
    }

    /** A day as the person reads it, in their language. */
    public String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
    }

    /** Of a text kept in both languages, the one in the person's language. */
    public String inLanguage(String french, String english) {
        return "en".equals(lang()) ? english : french;
    }

    /** What a course or a certificate authorises (roles, then weapon types), in the person's language. */
    public String authorised(Collection<? extends Enum<?>> roles, Collection<? extends Enum<?>> weaponTypes) {
        String said = Stream.concat(roles.stream(), weaponTypes.stream())
                .map(what -> messages.get("authorisation." + what.name())).collect(Collectors.joining(", "));
        return said.isEmpty() ? "—" : said;
    }

    /**
     * What an override found lacking, kept in the ledger as one line per shortfall in no language, said in the
     * person's; a line that is not a shortfall's is shown as it is.
     */
    public List<String> findings(String lines) {
        return lines == null ? List.of() : lines.lines().filter(line -> !line.isBlank()).map(this::finding).toList();
    }

    /** One line of what an override found lacking, said in the person's language. */
    public String finding(String line) {
        return Certification.Shortfall.fromLine(line).map(Certification.Shortfall::asItem)
                .map(item -> messages.get(item.detailKey(), item.arguments())).orElse(line);
    }

    /** The page's language as its {@code lang} attribute says it. */
    public String lang() {
        return locale().getLanguage();
    }

    /** The address of the page being answered, to come back to after switching language. */
    public String path() {
        return request.getCurrent().request().path();
    }

    /** The token this person's forms send back: the one their browser holds, or a new one when it holds none. */
    public String formToken() {
        if (formToken == null) {
            Cookie cookie = request.getCurrent().request().getCookie(FormToken.COOKIE);
            String held = cookie == null ? null : cookie.getValue();
            if (formTokens.isValidFor(user.name(), held)) {
                formToken = held;
            } else {
                formToken = formTokens.issue(user.name());
                newFormToken = true;
            }
        }
        return formToken;
    }

    /** The token given on this answer that the browser does not hold yet, if any. */
    String newFormToken() {
        return newFormToken ? formToken : null;
    }
}
