// The browser is never downloaded during install: aiarch finds a system
// Chromium, and `aiarch doctor --fix` installs one on request.
module.exports = { skipDownload: true };
