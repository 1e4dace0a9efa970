#pragma once

namespace authdeck {

// How HttpClient::sendWithRetry treats 429 and 5xx answers.
struct HttpRetryPolicy {
    int maxAttempts = 5;          // in total, the first attempt included
    int baseDelayMs = 500;        // first backoff step when the server gives no Retry-After
    int maxDelaySeconds = 60;     // caps Retry-After as well as the backoff
    bool onlyUnprocessed = false; // retry 429 and 503 only (single-use grants)
};

} // namespace authdeck
