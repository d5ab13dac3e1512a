// Tells the portal that the person at an open page is still working. Inside a running circuit nothing else reaches the
// server over HTTP, so without this the sign-in cookie would lapse after the idle limit while the user types and clicks.
// At most once a minute, after a key press, click or touch: ask /Account/Activity (which renews the cookie) and tell the
// circuit (which keeps its own idle limit). If the sign-in has ended, reload: the server then shows the sign-in form.

const minimumGapMs = 60_000;
const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'];
let lastReport = 0;
let listener = null;

/**
 * @param {{ invokeMethodAsync(name: string): Promise<void> }} circuit The SessionActivity component.
 * @param {string} url The activity endpoint, relative to the page's base.
 */
export function watch(circuit, url) {
    stop();
    lastReport = performance.now();
    listener = () => {
        const now = performance.now();
        if (now - lastReport < minimumGapMs) return;
        lastReport = now;
        report(circuit, url);
    };
    for (const type of events) document.addEventListener(type, listener, { capture: true, passive: true });
}

export function stop() {
    if (!listener) return;
    for (const type of events) document.removeEventListener(type, listener, { capture: true });
    listener = null;
}

async function report(circuit, url) {
    let response;
    try {
        response = await fetch(url, { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' });
    } catch {
        return; // offline: the reconnect dialog says so, and the next input tries again
    }
    if (response.status === 401) {
        stop();
        location.reload();
        return;
    }
    if (!response.ok) return;
    try {
        await circuit.invokeMethodAsync('Touch');
    } catch {
        // the circuit is gone; the page reconnects or reloads by itself
    }
}
