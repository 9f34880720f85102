package org.dossier.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import org.dossier.model.Story;
import org.dossier.store.StoryListing;
import org.dossier.store.search.InvalidQueryException;
import org.dossier.store.search.SearchHit;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin server of {@code dossier serve}: the REST API under {@code /api}, its OpenAPI
 * description at {@code /openapi.json}, and the web UI. Configuration is fixed at creation.
 */
public final class WebServer implements AutoCloseable {

    /** Largest accepted request body; larger POSTs get 413. */
    public static final long MAX_BODY_BYTES = 2_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving {@code repository} on {@code host:port} (port 0 picks a free one). */
    public static WebServer start(DossierRepository repository, String host, int port) {
        return start(repository, host, port, SubmissionQueue.DEFAULT_CAPACITY);
    }

    /**
     * As {@link #start(DossierRepository, String, int)}, holding at most {@code queued} article
     * submissions at once (the one being analysed included); one more is answered 503 with
     * {@code Retry-After}.
     */
    public static WebServer start(DossierRepository repository, String host, int port, int queued) {
        Objects.requireNonNull(host, "host");
        SubmissionQueue queue = new SubmissionQueue(queued);
        Pages pages = new Pages(repository);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            // Requests Jetty cannot parse (a Content-Length past any number, a broken path) never reach
            // the routes: their answer is JSON too, and not sniffed.
            config.jetty.modifyServer(server -> server.setErrorHandler(new BadMessageHandler()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
            });
        });
        routes(app, repository, pages, queue);
        app.start(host, port);
        return new WebServer(app);
    }

    public int port() {
        return app.port();
    }

    private static void routes(Javalin app, DossierRepository repository, Pages pages, SubmissionQueue queue) {
        // Every answer, static files and errors included, is of the type it says it is.
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            // As a long: a declared length past 2 GB reads as -1 through the int accessor.
            long declared = ctx.req().getContentLengthLong();
            if (declared > MAX_BODY_BYTES) {
                throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(), "body of " + declared
                        + " bytes, over " + MAX_BODY_BYTES);
            }
        });
        app.get("/openapi.json", ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(resource("/web/openapi.json")));

        app.get("/api/stories", ctx -> {
            ArrayNode list = JSON.arrayNode();
            // From the stored listings: no article or dossier is read.
            for (StoryListing s : repository.listings()) {
                ObjectNode o = list.addObject();
                o.put("id", s.id());
                o.put("title", s.title());
                o.put("start", s.start());
                o.put("end", s.end());
                o.put("articleCount", s.articles());
                ArrayNode outlets = o.putArray("outlets");
                s.outletNames().forEach(outlets::add);
                ArrayNode languages = o.putArray("languages");
                s.languages().forEach(languages::add);
            }
            json(ctx, DossierJson.compact(list));
        });
        app.get("/api/stories/{id}", ctx -> json(ctx, DossierJson.compact(repository.story(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFound("no story " + ctx.pathParam("id"))))));
        app.get("/api/articles/{id}", ctx -> json(ctx, DossierJson.compact(repository.article(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFound("no article " + ctx.pathParam("id"))))));
        app.get("/api/entities/{id}", ctx -> {
            EntityView view = EntityView.find(repository, ctx.pathParam("id"))
                    .orElseThrow(() -> new NotFound("no entity " + ctx.pathParam("id")));
            ObjectNode o = DossierJson.mapper().valueToTree(view.entity());
            ArrayNode stories = o.putArray("stories");
            view.stories().forEach(s -> stories.addObject().put("id", s.id()).put("title", s.title()));
            o.set("quotes", DossierJson.mapper().valueToTree(view.quotes()));
            json(ctx, DossierJson.compact(o));
        });
        app.get("/api/search", ctx -> {
            String q = ctx.queryParam("q");
            if (q == null || q.isBlank()) {
                throw new BadRequest("the query parameter q is required");
            }
            List<SearchHit> hits;
            try {
                hits = repository.search(q, limit(ctx.queryParam("limit")));
            } catch (InvalidQueryException e) {
                throw new BadRequest(e.getMessage());
            }
            ArrayNode list = JSON.arrayNode();
            for (SearchHit h : hits) {
                ObjectNode o = list.addObject();
                o.put("articleId", h.articleId());
                o.put("storyId", h.storyId());
                o.put("snippet", h.snippet());
                o.put("score", h.score());
                o.put("kind", h.kind());
                o.put("entityId", h.entityId());
                o.put("label", h.label());
                if (h.start() >= 0) {
                    o.put("start", h.start());
                    o.put("end", h.end());
                }
            }
            json(ctx, DossierJson.compact(list));
        });
        app.post("/api/articles", ctx -> {
            // A declared length over the bound was refused before; a chunked body is counted here.
            byte[] body = ctx.bodyAsBytes();
            if (body.length > MAX_BODY_BYTES) {
                throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(), "body over "
                        + MAX_BODY_BYTES + " bytes");
            }
            DossierRepository.Submitted done;
            try {
                // Analysed one at a time, in the order they came; a full queue answers 503 at once.
                done = queue.submit(() -> repository.submit(body));
            } catch (DossierRepository.BadInputException e) {
                throw new BadRequest(e.getMessage());
            }
            ctx.status(HttpStatus.CREATED);
            ObjectNode created = JSON.objectNode().put("id", done.id()).put("storyId", done.storyId());
            if (!done.warnings().isEmpty()) {
                ArrayNode warnings = created.putArray("warnings");
                done.warnings().forEach(warnings::add);
            }
            json(ctx, DossierJson.compact(created));
        });

        app.get("/", ctx -> html(ctx, pages.storyList(new Pages.StoryFilter(ctx.queryParam("from"),
                ctx.queryParam("to"), ctx.queryParam("outlet"), ctx.queryParam("language"), ctx.queryParam("entity")))));
        app.get("/stories/{id}", ctx -> html(ctx, pages.story(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFound("No story " + ctx.pathParam("id") + "."))));
        app.get("/articles/{id}", ctx -> html(ctx, pages.article(ctx.pathParam("id"), ctx.queryParam("hl"))
                .orElseThrow(() -> new NotFound("No article " + ctx.pathParam("id") + "."))));
        app.get("/entities/{id}", ctx -> html(ctx, pages.entity(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFound("No entity " + ctx.pathParam("id") + "."))));
        app.get("/search", ctx -> {
            Pages.SearchPage page = pages.search(ctx.queryParam("q"));
            if (page.refused()) {
                ctx.status(HttpStatus.BAD_REQUEST);
            }
            html(ctx, page.html());
        });

        // Typed HTTP errors are mapped here, once: JSON under /api, a page elsewhere.
        app.exception(NotFound.class, (e, ctx) -> error(ctx, pages, HttpStatus.NOT_FOUND, e.getMessage()));
        app.exception(BadRequest.class, (e, ctx) -> error(ctx, pages, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(SubmissionQueue.Full.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            error(ctx, pages, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) ->
                error(ctx, pages, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} failed", ctx.path(), e);
            error(ctx, pages, HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, pages, HttpStatus.NOT_FOUND, "Nothing here.");
            }
        });
        // Any other error status left without a body gets one: JSON under /api.
        for (HttpStatus status : HttpStatus.values()) {
            if (status.getCode() >= 400 && status != HttpStatus.NOT_FOUND) {
                app.error(status, ctx -> {
                    if (ctx.result() == null || ctx.result().isEmpty()) {
                        error(ctx, pages, status, status.getMessage());
                    }
                });
            }
        }
    }

    private static int limit(String value) {
        if (value == null) {
            return 20;
        }
        try {
            return Math.max(1, Math.min(200, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            throw new BadRequest("limit must be a number");
        }
    }

    private static void error(Context ctx, Pages pages, HttpStatus status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            json(ctx, DossierJson.compact(JSON.objectNode().put("error", message)));
        } else if (status == HttpStatus.NOT_FOUND) {
            html(ctx, pages.notFound(message));
        } else {
            ctx.contentType(ContentType.TEXT_PLAIN).result(message == null ? status.getMessage() : message);
            ctx.header("X-Content-Type-Options", "nosniff");
        }
    }

    private static void json(Context ctx, String body) {
        ctx.contentType(ContentType.APPLICATION_JSON).result(body);
        ctx.header("X-Content-Type-Options", "nosniff");
    }

    private static void html(Context ctx, String body) {
        ctx.contentType("text/html; charset=utf-8").result(body);
        // Article text is untrusted: even if some escaping were missed, no script may run.
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; "
                + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
    }

    private static String resource(String path) {
        try (InputStream in = WebServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Jetty's answer to a request it cannot parse: {@code {"error": ...}}, never sniffed. */
    private static final class BadMessageHandler extends ErrorHandler {
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "application/json");
            fields.put("X-Content-Type-Options", "nosniff");
            String message = reason == null ? HttpStatus.forStatus(status).getMessage() : reason;
            return ByteBuffer.wrap(DossierJson.compact(JSON.objectNode().put("error", message))
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** 404 with a message for the client. */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    /** 400 with a message for the client. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
