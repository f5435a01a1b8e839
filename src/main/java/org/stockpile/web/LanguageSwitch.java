package org.stockpile.web;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.stockpile.system.Messages;
import org.stockpile.system.problem.ProblemMappers;

import io.quarkus.security.Authenticated;

/** French or English, chosen on any page and remembered by the browser for the pages that follow. */
@Path("/app/language")
@Authenticated
public class LanguageSwitch {

    private static final int REMEMBERED_SECONDS = (int) Duration.ofDays(365).toSeconds();

    /** Remembers {@code lang} and goes back to the page it was chosen on (only ever a page of this service). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String lang, @RestForm String back) {
        Locale language = Messages.supported(lang);
        Response.ResponseBuilder answer = Response.seeOther(URI.create(isPage(back) ? back : ProblemMappers.PAGES));
        if (language != null) {
            answer.cookie(new NewCookie.Builder(Messages.LANGUAGE_COOKIE).value(language.getLanguage())
                    .path(ProblemMappers.PAGES).maxAge(REMEMBERED_SECONDS).sameSite(NewCookie.SameSite.LAX).build());
        }
        return answer.build();
    }

    /** A path of the pages, and nothing a browser could read as another host ({@code //host}, {@code /\host}). */
    private static boolean isPage(String back) {
        return back != null && back.length() < 500 && ProblemMappers.isPage(back)
                && back.chars().allMatch(c -> c > 32 && c < 127 && c != '\\') && !back.contains("//");
    }
}
