package org.stockpile.web;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.stockpile.system.problem.Problem;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemMappers;
import org.stockpile.system.problem.ProblemType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What every page answer carries and every page form must show: a Content-Security-Policy that lets a page run only
 * this service's own scripts and styles, headers that keep pages out of caches and frames, the form token
 * (cross-site request forgery), and refusals shown as a page in the person's language rather than as JSON.
 */
public class PageGuard {

    @CheckedTemplate(basePath = "PageGuard")
    static class Templates {

        static native TemplateInstance refusal(Problem problem);
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final FormToken tokens;
    private final PageContext page;
    private final String contentSecurityPolicy;

    /**
     * @param signInServer the provider's address: signing out posts a form that the provider's page answers, so
     *        forms may lead there too
     */
    PageGuard(FormToken tokens, PageContext page,
            @ConfigProperty(name = "quarkus.oidc.web.auth-server-url") Optional<String> signInServer) {
        this.tokens = tokens;
        this.page = page;
        String formAction = "'self'" + signInServer.map(PageGuard::origin).map(origin -> " " + origin).orElse("");
        this.contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: "
                + "blob:; media-src 'self' blob:; connect-src 'self'; font-src 'self'; manifest-src 'self'; "
                + "form-action " + formAction + "; frame-ancestors 'none'; base-uri 'none'";
    }

    private static String origin(String address) {
        URI uri = URI.create(address);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** A page form or page request that changes something must carry this person's form token. */
    @ServerRequestFilter
    @WithFormRead
    public void requireFormToken(ResteasyReactiveContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (!ProblemMappers.isPage(request.getUriInfo().getPath()) || SAFE_METHODS.contains(request.getMethod())
                || security.getUserPrincipal() == null) {
            return;
        }
        var cookie = request.getCookies().get(FormToken.COOKIE);
        String sent = request.getHeaderString(FormToken.HEADER);
        if (sent == null) {
            Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                    .getFormParameter(FormToken.FIELD, true, false);
            sent = field == null ? null : field.toString();
        }
        if (!tokens.matches(security.getUserPrincipal().getName(), cookie == null ? null : cookie.getValue(), sent)) {
            throw new ProblemException(ProblemType.FORBIDDEN, null, "problem.form-token.detail");
        }
    }

    @ServerResponseFilter
    public void guardPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!ProblemMappers.isPage(request.getUriInfo().getPath())) {
            return;
        }
        if (response.getEntity() instanceof Problem problem) {
            response.setEntity(page.render(Templates.refusal(problem)), null,
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
        var headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", contentSecurityPolicy);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "same-origin");
        headers.putSingle("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
        String newToken = page.newFormToken();
        if (newToken != null) {
            headers.add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(FormToken.COOKIE).value(newToken)
                    .path(ProblemMappers.PAGES).httpOnly(true).secure(isSecure(request))
                    .sameSite(NewCookie.SameSite.STRICT).build());
        }
    }

    private static boolean isSecure(ContainerRequestContext request) {
        return "https".equals(request.getUriInfo().getRequestUri().getScheme());
    }
}
