/*
 * Client Budgets for Jira: the Approvals page (selection, bulk decisions, rejection dialog).
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;
    var openDialog = cb.openDialog;
    var closeDialog = cb.closeDialog;
    var entryDecisions = cb.entryDecisions;
    var entryTools = cb.entryTools;

    function approvalsPage(root) {
        var all = document.getElementById('cb-select-all');
        var approve = document.getElementById('cb-approve-selected');
        var reject = document.getElementById('cb-reject-selected');
        var count = document.getElementById('cb-selected-count');
        var results = document.getElementById('cb-approval-results');
        var lastFocus = null;

        function boxes(scope) {
            return Array.prototype.slice.call((scope || root).querySelectorAll('input.cb-select-entry:not(:disabled)'));
        }
        function selected() {
            return boxes().filter(function (b) { return b.checked; });
        }
        function rowOf(id) {
            return document.getElementById('cb-entry-' + id);
        }
        function syncGroup(box) {
            var scope = box.closest('table.cb-person-group') || box.closest('section.cb-approval-group');
            var inside = boxes(scope);
            box.checked = inside.length > 0 && inside.every(function (b) { return b.checked; });
            box.indeterminate = !box.checked && inside.some(function (b) { return b.checked; });
        }
        function refresh() {
            var n = selected().length;
            if (approve) { approve.disabled = n === 0; }
            if (reject) { reject.disabled = n === 0; }
            if (count) {
                count.textContent = n === 0 ? root.getAttribute('data-text-none-selected')
                    : root.getAttribute('data-text-selected').replace('{0}', String(n));
            }
            root.querySelectorAll('input.cb-select-group').forEach(syncGroup);
            if (all) {
                var every = boxes();
                all.checked = every.length > 0 && every.every(function (b) { return b.checked; });
                all.indeterminate = !all.checked && n > 0;
            }
        }
        if (!all) { return; } // the empty state: nothing to act on

        all.addEventListener('change', function () {
            boxes().forEach(function (b) { b.checked = all.checked; });
            refresh();
        });
        root.querySelectorAll('input.cb-select-group').forEach(function (group) {
            group.addEventListener('change', function () {
                var scope = group.closest('table.cb-person-group') || group.closest('section.cb-approval-group');
                boxes(scope).forEach(function (b) { b.checked = group.checked; });
                refresh();
            });
        });
        root.addEventListener('change', function (event) {
            if (event.target.classList && event.target.classList.contains('cb-select-entry')) { refresh(); }
        });

        var decide = entryDecisions(root, function () { refresh(); });

        function idsOf(list) {
            return list.map(function (b) { return parseInt(b.value, 10); });
        }

        approve.addEventListener('click', function () {
            var chosen = selected();
            var revisions = chosen.filter(function (b) { return rowOf(b.value).getAttribute('data-revision') !== 'NONE'; });
            var pending = chosen.filter(function (b) { return revisions.indexOf(b) < 0; });
            approve.disabled = true;
            var done = 0;
            var notDone = 0;
            function count(reply) {
                if (reply && reply.status === 200 && reply.json) {
                    done += (reply.json.approved || []).length;
                    notDone += (reply.json.failed || []).length;
                }
                return reply;
            }
            var next = pending.length ? decide('approve', idsOf(pending), undefined, 'approved', 'data-text-done-approved')
                .then(count) : Promise.resolve();
            next.then(function () {
                if (revisions.length) {
                    return decide('approve-revision', idsOf(revisions), undefined, 'approved', 'data-text-done-approved')
                        .then(count);
                }
            }).then(function () {
                if (pending.length && revisions.length) { // one summary for both requests
                    results.textContent = root.getAttribute('data-text-summary')
                        .replace('{0}', String(done)).replace('{1}', String(notDone));
                }
                refresh();
                results.focus(); // the button is disabled now: the focus goes to what happened
            });
        });

        var rejectDialog = document.getElementById('cb-reject-dialog');
        var rejectForm = document.getElementById('cb-reject-form');
        var reason = document.getElementById('cb-reject-reason');
        var rejectError = document.getElementById('cb-reject-error');
        var rejecting = [];
        function closeReject() {
            closeDialog(rejectDialog);
            if (lastFocus) { lastFocus.focus(); }
        }
        function openReject(ids, opener) {
            rejecting = ids;
            lastFocus = opener;
            rejectError.textContent = '';
            reason.value = '';
            document.getElementById('cb-reject-title').textContent =
                root.getAttribute('data-text-reject-title').replace('{0}', String(ids.length));
            openDialog(rejectDialog, reason);
        }
        reject.addEventListener('click', function () {
            var chosen = selected();
            var revisions = chosen.filter(function (b) { return rowOf(b.value).getAttribute('data-revision') !== 'NONE'; });
            revisions.forEach(function (b) {
                var result = rowOf(b.value).querySelector('.cb-entry-result');
                result.className = 'cb-entry-result cb-error';
                result.textContent = root.getAttribute('data-text-revision-not-rejected');
            });
            var pending = chosen.filter(function (b) { return revisions.indexOf(b) < 0; });
            if (pending.length) { openReject(idsOf(pending), reject); }
        });
        rejectForm.addEventListener('submit', function (event) {
            event.preventDefault();
            var text = reason.value.trim();
            if (!text) {
                rejectError.textContent = root.getAttribute('data-text-reason-required');
                reason.focus();
                return;
            }
            var confirm = document.getElementById('cb-reject-confirm');
            confirm.disabled = true;
            decide('reject', rejecting, text, 'rejected', 'data-text-done-rejected').then(function (reply) {
                confirm.disabled = false;
                if (reply.status === 200) {
                    closeReject();
                    results.focus();
                } else if (reply.json && reply.json.errors) {
                    rejectError.textContent = Object.keys(reply.json.errors).map(function (k) { return reply.json.errors[k]; }).join(' ');
                }
            });
        });
        reason.addEventListener('input', function () { rejectError.textContent = ''; });
        reason.addEventListener('keydown', function (event) {
            // Enter sends, Shift+Enter starts a new line; Escape is the dialog's own (it closes)
            if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                if (typeof rejectForm.requestSubmit === 'function') { rejectForm.requestSubmit(); } else {
                    rejectForm.dispatchEvent(new Event('submit', {cancelable: true}));
                }
            }
        });
        document.getElementById('cb-reject-cancel').addEventListener('click', closeReject);
        rejectDialog.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') { event.preventDefault(); closeReject(); }
        });

        entryTools(root, decide);
        refresh();
    }

    cb.onReady(function () {
        var approvals = document.getElementById('cb-approvals');
        if (approvals) {
            approvalsPage(approvals);
            cb.expenseDecisions(approvals);
        }
    });
}());
