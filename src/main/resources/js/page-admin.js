/*
 * Client Budgets for Jira: the admin page (resync state, access explainer); the installation check is
 * installation-check.js.
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;
    var rest = cb.rest;
    var explainer = cb.explainer;

    /**
     * The resync's state: an indeterminate AUI progress bar and "n issues done", polled every 2 s while it runs or
     * after "Resync now", until a run newer than the one the page knew has finished.
     */
    function adminPage(root) {
        var button = document.getElementById('cb-resync-now');
        var state = document.getElementById('cb-resync-state');
        var bar = document.getElementById('cb-resync-progress');
        var polling = null;
        function poll() {
            rest(root, 'GET', '/admin/resync').then(function (reply) {
                if (reply.status !== 200 || !reply.json) { return; }
                var running = reply.json.status === 'RUNNING';
                bar.hidden = !running;
                bar.setAttribute('aria-valuenow', String(reply.json.issuesDone));
                if (running) {
                    state.textContent = root.getAttribute('data-text-running').replace('{0}', String(reply.json.issuesDone));
                } else if (reply.json.finishedAt && reply.json.finishedAt !== root.getAttribute('data-finished-at')) {
                    root.setAttribute('data-finished-at', reply.json.finishedAt);
                    state.textContent = root.getAttribute('data-text-finished').replace('{0}', reply.json.finishedAt);
                    window.clearInterval(polling);
                    polling = null;
                }
            });
        }
        function startPolling() {
            if (!polling) { polling = window.setInterval(poll, 2000); }
        }
        if (root.getAttribute('data-running') === 'true') { startPolling(); }
        button.addEventListener('click', function () {
            button.disabled = true;
            rest(root, 'POST', '/admin/resync').then(function (reply) {
                state.textContent = reply.status === 202
                    ? root.getAttribute('data-text-requested') : String(reply.status);
                button.disabled = false;
                if (reply.status === 202) { startPolling(); }
            });
        });
    }

    cb.onReady(function () {
        var admin = document.getElementById('cb-admin-resync');
        if (admin) { adminPage(admin); }
        var adminExplain = document.getElementById('cb-admin-explain');
        if (adminExplain) { explainer(adminExplain, adminExplain, null); }
    });
}());
