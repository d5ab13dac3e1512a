// Downloads a file from one of the portal's export endpoints without sending it through the Blazor circuit:
// the browser fetches it with the user's cookie and saves it under the name the server gives.

/**
 * @param {string} url A same-site address, e.g. /exports/statements/account/1?from=2026-10-01&to=2026-10-31&format=pdf
 * @returns {Promise<{ok: boolean, status: number, message: string|null, fileName: string|null}>}
 */
export async function download(url) {
    let response;
    try {
        // A redirect means the sign-in has lapsed or the role may not export: not a file, so it is not followed.
        response = await fetch(url, { credentials: 'same-origin', redirect: 'manual', cache: 'no-store' });
    } catch {
        return { ok: false, status: 0, message: null, fileName: null };
    }
    if (response.type === 'opaqueredirect' || !response.ok) {
        return { ok: false, status: response.status, message: await problemText(response), fileName: null };
    }

    const blob = await response.blob();
    const fileName = fileNameOf(response.headers.get('Content-Disposition')) ?? 'download';
    const href = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    link.rel = 'noopener';
    link.style.display = 'none';
    document.body.appendChild(link);
    try {
        link.click();
    } finally {
        link.remove();
        // Give the browser time to start saving before the blob goes.
        setTimeout(() => URL.revokeObjectURL(href), 60_000);
    }
    return { ok: true, status: response.status, message: null, fileName };
}

async function problemText(response) {
    try {
        const type = response.headers.get('Content-Type') ?? '';
        if (!type.includes('json')) return null;
        const problem = await response.json();
        return problem.detail ?? problem.title ?? null;
    } catch {
        return null;
    }
}

/** The name from "attachment; filename=a.pdf; filename*=UTF-8''a.pdf", the RFC 5987 form first. */
export function fileNameOf(disposition) {
    if (!disposition) return null;
    const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
    if (extended) {
        try {
            return decodeURIComponent(extended[2].trim());
        } catch {
            // fall through to the plain name
        }
    }
    const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
    if (!plain) return null;
    return (plain[2] ?? plain[1]).trim();
}
