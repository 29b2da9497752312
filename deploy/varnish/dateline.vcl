vcl 4.1;

# Dateline's cache tier: Varnish 7.1 with the xkey vmod (Debian: varnish, varnish-modules).
#
# As committed, this file fronts an API on 127.0.0.1:3000 and takes purges from loopback only.
# deploy/varnish/render.ts writes another port, host or purge ACL into the lines marked "render:"
# (the tests, `npm run cluster` and `npm run bench` use it). README.md, "Cache tier", explains the design:
#
#   - public GETs and HEADs are cached for the origin's max-age; anything else, and anything sent
#     with Authorization, goes to the origin and is never stored;
#   - stale-while-revalidate: an expired copy is served while one background fetch refreshes it;
#   - stale-if-error: when the origin is down or answers 5xx, the copy is served for that long;
#   - PURGE with `xkey` or `Surrogate-Key` request headers soft-purges every object tagged with one
#     of the keys (the origin's Surrogate-Key, copied into xkey); the next request fetches afresh,
#     and the old copy stays only as a fallback for when the origin fails.

import std;
import xkey;

backend dateline {
    .host = "127.0.0.1"; # render: backend-host
    .port = "3000"; # render: backend-port
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
    # /ready rather than /health: it fails when the database does, and then the cache serves stale.
    .probe = {
        .url = "/ready";
        .interval = 1s;
        .timeout = 1s;
        .window = 3;
        .threshold = 2;
    }
}

# Who may PURGE (and ask for the X-Cache-Debug headers).
acl purgers {
    # render: purgers
    "127.0.0.1";
    "::1";
    # render: end
}

sub vcl_recv {
    if (req.restarts == 0) {
        # These headers carry this file's state across restarts: a client must not set them.
        unset req.http.X-Dateline-Cache;
        unset req.http.X-Dateline-Refetch;
        unset req.http.X-Dateline-Serve-Stale;
        unset req.http.X-Dateline-Purged;
        # Varnish is the edge: the address it saw is the client's, whatever X-Forwarded-For claimed
        # (the API trusts the header, TRUST_PROXY=true, for rate limits and logs). Behind a CDN,
        # keep the CDN's header instead.
        set req.http.X-Forwarded-For = client.ip;
    }
    if (req.method == "PURGE") {
        call dateline_purge;
    }
    call vcl_req_host;
    # Anything but GET and HEAD goes to the origin (Varnish's built-in rule).
    call vcl_req_method;
    # So does anything with credentials: a key may see drafts, and its answers are private.
    call vcl_req_authorization;
    # The API reads no cookies; a site's own cookies would otherwise make every request a pass.
    unset req.http.Cookie;
    call dateline_normalise_accept;
    if (req.http.X-Dateline-Refetch && !req.http.X-Dateline-Serve-Stale) {
        # Back from vcl_hit: only a fresh copy will do, so the stale one is not a hit.
        set req.grace = 0s;
    } else {
        # No limit of our own (the request may be back from a failed refetch, see vcl_synth):
        # lookups take the smaller of this and each object's grace.
        set req.grace = 3650d;
    }
    return (hash);
}

# Keys in `xkey` and/or `Surrogate-Key` (space- or comma-separated). A soft purge expires the
# objects but keeps them for stale-if-error; `Purge-Mode: hard` removes them outright, for content
# that must not be served again even when the origin is down (a legal takedown).
sub dateline_purge {
    if (client.ip !~ purgers) {
        return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey && !req.http.Surrogate-Key) {
        return (synth(400, "Bad request"));
    }
    if (req.http.Purge-Mode ~ "(?i)^hard$") {
        set req.http.X-Dateline-Purged = xkey.purge(req.http.xkey + " " + req.http.Surrogate-Key);
    } else {
        set req.http.X-Dateline-Purged = xkey.softpurge(req.http.xkey + " " + req.http.Surrogate-Key);
    }
    return (synth(200, "Purged"));
}

# The API varies articles and place lists on Accept. Browsers and clients send countless Accept
# strings; map each to the one representation the origin would choose, so one object serves them all.
# q-values are not weighed: naming a JSON-LD, ninjs or GeoJSON type at all asks for it. An Accept that
# allows none of the API's types is left as it is: the origin answers 406, which is never stored.
sub dateline_normalise_accept {
    if (req.http.Accept ~ "(?i)application/ld\+json") {
        set req.http.Accept = "application/ld+json";
    } elsif (req.http.Accept ~ "(?i)application/vnd\.iptc\.ninjs\+json") {
        set req.http.Accept = "application/vnd.iptc.ninjs+json";
    } elsif (req.http.Accept ~ "(?i)application/geo\+json") {
        set req.http.Accept = "application/geo+json";
    } elsif (!req.http.Accept || req.http.Accept ~ "(?i)(^|,)\s*(\*/\*|application/\*|application/json)\s*(;|,|$)") {
        set req.http.Accept = "application/json";
    }
    # Accept-Encoding needs nothing here: after vcl_recv Varnish reduces it to "gzip" or nothing,
    # fetches gzip from the origin and gunzips for clients that cannot take it (http_gzip_support).
}

sub vcl_hit {
    set req.http.X-Dateline-Cache = "hit";
    if (obj.ttl >= 0s) {
        return (deliver);
    }
    set req.http.X-Dateline-Cache = "stale";
    # Back after a failed fetch, or the origin is down: the stale copy is the best answer
    # (for as long as its stale-if-error lasts: that is its grace).
    if (req.http.X-Dateline-Serve-Stale || !std.healthy(req.backend_hint)) {
        return (deliver);
    }
    # Expired at the end of its max-age (not purged early) and within stale-while-revalidate:
    # serve it now; Varnish refreshes it with one background fetch.
    if (obj.ttl + obj.age > std.duration(obj.http.X-Dateline-Ttl, 0s) - 0.01s &&
        obj.ttl + std.duration(obj.http.X-Dateline-Swr, 0s) > 0s) {
        return (deliver);
    }
    # Purged, or past stale-while-revalidate, with the origin up: fetch afresh and wait for it.
    set req.http.X-Dateline-Refetch = "1";
    return (restart);
}

sub vcl_miss {
    set req.http.X-Dateline-Cache = "miss";
}

sub vcl_pass {
    set req.http.X-Dateline-Cache = "pass";
}

sub vcl_backend_fetch {
    unset bereq.http.X-Dateline-Cache;
    unset bereq.http.X-Dateline-Serve-Stale;
}

sub vcl_backend_response {
    # A failed refresh while a copy exists: keep the copy (stale-if-error) and store nothing.
    # The client waiting on a refetch is served the copy by vcl_synth.
    if (beresp.status >= 500 && (bereq.is_bgfetch || bereq.http.X-Dateline-Refetch)) {
        return (abandon);
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    # xkey indexes the object under each key in its `xkey` header; Dateline names them in Surrogate-Key.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # Varnish has read max-age into beresp.ttl and stale-while-revalidate into beresp.grace. Note both
    # (vcl_hit needs them), then keep the object as long as stale-if-error allows.
    # (With a unit: std.duration reads no bare number.)
    set beresp.http.X-Dateline-Ttl = beresp.ttl + "s";
    set beresp.http.X-Dateline-Swr = beresp.grace + "s";
    if (beresp.http.Cache-Control ~ "(?i)stale-if-error=[0-9]+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, "(?i)^.*stale-if-error=([0-9]+).*$", "\1s"), beresp.grace);
        if (beresp.grace < std.duration(beresp.http.X-Dateline-Swr, 0s)) {
            set beresp.grace = std.duration(beresp.http.X-Dateline-Swr, 0s);
        }
    }
    # One stored object serves gzip and plain clients alike (Varnish gunzips on delivery), so the
    # object does not vary on Accept-Encoding; vcl_deliver gives clients the origin's Vary back.
    if (beresp.http.Vary) {
        set beresp.http.X-Dateline-Vary = beresp.http.Vary;
        set beresp.http.Vary = regsuball(beresp.http.Vary, "(?i)(^|,)\s*accept-encoding\s*", "");
        set beresp.http.Vary = regsub(beresp.http.Vary, "^\s*,\s*", "");
        if (beresp.http.Vary == "") {
            unset beresp.http.Vary;
        }
    }
    # Rate-limit headers describe the request that filled the cache, not the ones it serves.
    unset beresp.http.RateLimit-Limit;
    unset beresp.http.RateLimit-Remaining;
    unset beresp.http.RateLimit-Reset;
    # Then the built-in rules: no-store, private, Set-Cookie and Vary: * are never stored.
}

sub vcl_backend_error {
    # The origin could not be reached while a copy exists: keep it, as for a 5xx above.
    if (bereq.is_bgfetch || bereq.http.X-Dateline-Refetch) {
        return (abandon);
    }
    set beresp.http.Content-Type = "application/problem+json";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "5";
    set beresp.body = {"{"type":"/problems/origin-unavailable","title":"Service unavailable","detail":"The API did not answer and no stored copy of this resource can be served.","status":503}"};
    return (deliver);
}

sub vcl_deliver {
    set resp.http.X-Cache = std.toupper(req.http.X-Dateline-Cache);
    if (resp.http.X-Dateline-Vary) {
        set resp.http.Vary = resp.http.X-Dateline-Vary;
    }
    if (req.http.X-Dateline-Cache ~ "^(hit|stale)$") {
        # A stored answer carries the request id of the request that filled the cache; give this
        # request its own (the caller's, or Varnish's transaction id).
        if (req.http.X-Request-Id) {
            set resp.http.X-Request-Id = req.http.X-Request-Id;
        } else {
            set resp.http.X-Request-Id = "varnish-" + req.xid;
        }
    }
    if (req.http.X-Cache-Debug && client.ip ~ purgers) {
        # Surrogate-Key stays, and what the cache holds is shown.
        set resp.http.X-Cache-Ttl = resp.http.X-Dateline-Ttl;
        set resp.http.X-Cache-Swr = resp.http.X-Dateline-Swr;
        set resp.http.X-Cache-Grace = obj.grace;
        set resp.http.X-Cache-Hits = obj.hits;
    } else {
        unset resp.http.Surrogate-Key;
    }
    unset resp.http.xkey;
    unset resp.http.X-Dateline-Ttl;
    unset resp.http.X-Dateline-Swr;
    unset resp.http.X-Dateline-Vary;
}

sub vcl_synth {
    # A refetch that failed (abandoned above): serve the stale copy after all.
    if (req.http.X-Dateline-Refetch && !req.http.X-Dateline-Serve-Stale && resp.status == 503) {
        set req.http.X-Dateline-Serve-Stale = "1";
        return (restart);
    }
    set resp.http.Cache-Control = "no-store";
    if (req.method == "PURGE" && resp.status == 200) {
        set resp.http.Content-Type = "application/json";
        set resp.body = {"{"purged":"} + req.http.X-Dateline-Purged + "}";
        return (deliver);
    }
    set resp.http.Content-Type = "application/problem+json";
    if (resp.status == 403) {
        set resp.body = {"{"type":"/problems/purge-forbidden","title":"Forbidden","detail":"This address may not purge the cache.","status":403}"};
    } elsif (resp.status == 400) {
        set resp.body = {"{"type":"/problems/purge-without-keys","title":"Bad request","detail":"Name the keys to purge in an xkey or Surrogate-Key header.","status":400}"};
    } else {
        set resp.body = {"{"type":"/problems/cache-error","title":""} + resp.reason + {"","status":"} + resp.status + "}";
    }
    return (deliver);
}
