/*
 * Client Budgets for Jira: the team pages' small behaviour. Every write goes to the app's REST API as JSON
 * (Content-Type application/json, same origin: Jira's XSRF rules for REST). User text is only ever set with
 * textContent, never as HTML. Texts come from the i18n bundle through data-text-* attributes.
 */
(function () {
    'use strict';
    if (window.ClientBudgets) {
        return; // the script may be included by several panels of one page
    }
    window.ClientBudgets = {};

    function rest(root, method, path, body) {
        var options = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        } else if (method !== 'GET') {
            // no body means no JSON Content-Type: Jira's XSRF check then wants this header (a POST fails without it)
            options.headers['X-Atlassian-Token'] = 'no-check';
        }
        var base = root.getAttribute('data-base-url');
        if (!base && window.AJS && typeof window.AJS.contextPath === 'function') {
            base = window.AJS.contextPath();
        }
        return fetch((base || '') + '/rest/client-budgets/1.0' + path, options)
            .then(function (response) {
                return response.text().then(function (text) {
                    var json = null;
                    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
                    return {status: response.status, json: json};
                });
            });
    }

    function clearErrors(form) {
        form.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
    }

    function showErrors(form, root, reply) {
        var errors = reply.json && reply.json.errors;
        if (!errors) {
            window.alert(root.getAttribute('data-text-failed') + ' (' + reply.status + ')');
            return;
        }
        Object.keys(errors).forEach(function (field) {
            var el = form.querySelector('.error[data-field="' + field + '"]') || form.querySelector('.cb-form-error');
            if (el) {
                el.textContent = errors[field];
            } else {
                window.alert(errors[field]);
            }
        });
    }

    /** A form's fields as JSON: empty text becomes absent, checkboxes booleans, data-type="id" numbers. */
    function formJson(form) {
        var body = {};
        form.querySelectorAll('input[name], select[name]').forEach(function (el) {
            if (el.type === 'checkbox') {
                body[el.name] = el.checked;
            } else if (el.getAttribute('data-type') === 'id') {
                body[el.name] = el.value ? parseInt(el.value, 10) : null;
            } else if (el.value.trim() !== '') {
                body[el.name] = el.value.trim();
            }
        });
        return body;
    }

    function bindForm(root, form, onSaved) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(form);
            rest(root, form.getAttribute('data-method'), form.getAttribute('data-url'), formJson(form))
                .then(function (reply) {
                    if (reply.status >= 200 && reply.status < 300) {
                        onSaved(reply.json);
                    } else {
                        showErrors(form, root, reply);
                    }
                });
        });
        form.querySelectorAll('.cb-cancel').forEach(function (button) {
            button.addEventListener('click', function () {
                clearErrors(form);
                form.classList.add('cb-hidden');
            });
        });
    }

    function reveal(buttonId, form) {
        var button = document.getElementById(buttonId);
        if (button && form) {
            button.addEventListener('click', function () {
                form.classList.remove('cb-hidden');
                var first = form.querySelector('input:not([type=hidden]), select');
                if (first) { first.focus(); }
            });
        }
    }

    function projectPage(root) {
        var form = document.getElementById('cb-budget-form');
        if (!form) { return; }
        reveal('cb-new-budget', form);
        bindForm(root, form, function (budget) {
            window.location.href = root.getAttribute('data-base-url') + '/plugins/servlet/client-budgets/budget/' + budget.id;
        });
    }

    function budgetPage(root) {
        var reload = function () { window.location.reload(); };
        var budgetForm = document.getElementById('cb-budget-form');
        if (budgetForm) {
            reveal('cb-edit-budget', budgetForm);
            bindForm(root, budgetForm, reload);
        }
        var serviceForm = document.getElementById('cb-service-form');
        if (serviceForm) {
            var createUrl = serviceForm.getAttribute('data-url');
            reveal('cb-new-service', serviceForm);
            document.getElementById('cb-new-service').addEventListener('click', function () {
                serviceForm.setAttribute('data-method', 'POST');
                serviceForm.setAttribute('data-url', createUrl);
                serviceForm.reset();
                serviceForm.elements.version.value = ''; // hidden: reset() keeps it
            });
            bindForm(root, serviceForm, reload);
            root.querySelectorAll('.cb-edit-service').forEach(function (button) {
                button.addEventListener('click', function () {
                    var row = button.closest('tr');
                    serviceForm.setAttribute('data-method', 'PUT');
                    serviceForm.setAttribute('data-url', '/services/' + row.getAttribute('data-service-id'));
                    serviceForm.elements.name.value = row.getAttribute('data-name');
                    serviceForm.elements.billing.value = row.getAttribute('data-billing');
                    serviceForm.elements.rate.value = row.getAttribute('data-rate');
                    serviceForm.elements.costRate.value = row.getAttribute('data-cost-rate');
                    serviceForm.elements.budgetedHours.value = row.getAttribute('data-budgeted-hours');
                    serviceForm.elements.isDefault.checked = row.getAttribute('data-default') === 'true';
                    serviceForm.elements.version.value = row.getAttribute('data-version');
                    serviceForm.classList.remove('cb-hidden');
                });
            });
            root.querySelectorAll('.cb-delete-service').forEach(function (button) {
                button.addEventListener('click', function () {
                    var id = button.closest('tr').getAttribute('data-service-id');
                    rest(root, 'DELETE', '/services/' + id).then(function (reply) {
                        if (reply.status === 204) { reload(); } else { showErrors(serviceForm, root, reply); }
                    });
                });
            });
        }
        var expenseForm = document.getElementById('cb-expense-form');
        if (expenseForm) {
            reveal('cb-new-expense', expenseForm);
            bindForm(root, expenseForm, reload);
            root.querySelectorAll('.cb-delete-expense').forEach(function (button) {
                button.addEventListener('click', function () {
                    var id = button.closest('tr').getAttribute('data-expense-id');
                    rest(root, 'DELETE', '/expenses/' + id).then(function (reply) {
                        if (reply.status === 204) { reload(); } else { showErrors(expenseForm, root, reply); }
                    });
                });
            });
        }
        root.querySelectorAll('.cb-toggle').forEach(function (toggle) {
            toggle.addEventListener('change', function () {
                var on = toggle.checked;
                if (toggle.id === 'cb-approval' && on && root.getAttribute('data-has-time') === 'true'
                    && !window.confirm(root.getAttribute('data-text-approval-on'))) {
                    toggle.checked = false;
                    return;
                }
                var body = {};
                body[toggle.getAttribute('data-key')] = on;
                rest(root, 'PUT', toggle.getAttribute('data-url'), body).then(function (reply) {
                    if (reply.status === 200) { reload(); } else {
                        toggle.checked = !on;
                        window.alert(root.getAttribute('data-text-failed') + ' (' + reply.status + ')');
                    }
                });
            });
        });
        var del = document.getElementById('cb-delete-budget');
        if (del) {
            del.addEventListener('click', function () {
                if (!window.confirm(root.getAttribute('data-text-delete-confirm'))) { return; }
                var path = '/budgets/' + root.getAttribute('data-budget-id');
                var done = function (reply) {
                    if (reply.status === 204) {
                        window.location.href = root.getAttribute('data-base-url')
                            + '/plugins/servlet/client-budgets/project/'
                            + encodeURIComponent(root.getAttribute('data-project-key'));
                    } else if (reply.status === 409) {
                        if (window.confirm(root.getAttribute('data-text-delete-time'))) {
                            rest(root, 'DELETE', path + '?confirm=true').then(done);
                        }
                    } else {
                        window.alert(root.getAttribute('data-text-failed') + ' (' + reply.status + ')');
                    }
                };
                rest(root, 'DELETE', path).then(done);
            });
        }
    }

    /*
     * The issue view loads and refreshes its panels on its own, so the panel's form is handled by delegation on
     * the document rather than bound once.
     */
    function issuePanel() {
        document.addEventListener('submit', function (event) {
            var form = event.target;
            if (!form || form.id !== 'cb-issue-form') { return; }
            event.preventDefault();
            var root = document.getElementById('cb-issue-panel');
            clearErrors(form);
            var value = form.elements.serviceId.value;
            rest(root, 'PUT', '/issues/' + encodeURIComponent(root.getAttribute('data-issue-key')) + '/service',
                {serviceId: value ? parseInt(value, 10) : null}).then(function (reply) {
                if (reply.status === 200) {
                    var service = reply.json.service;
                    var label = form.elements.serviceId.options[form.elements.serviceId.selectedIndex].text;
                    document.getElementById('cb-issue-service').textContent = service ? service.name : label;
                } else {
                    showErrors(form, root, reply);
                }
            });
        });
    }

    /** A native dialog (Escape closes it, focus stays inside); without dialog support, an inline form. */
    function openDialog(dialog, focus) {
        if (typeof dialog.showModal === 'function') {
            if (!dialog.open) { dialog.showModal(); }
        } else {
            dialog.setAttribute('open', '');
        }
        if (focus) { focus.focus(); }
    }

    function closeDialog(dialog) {
        if (typeof dialog.close === 'function' && dialog.open) {
            dialog.close();
        } else {
            dialog.removeAttribute('open');
        }
    }

    /** Reviewer decisions on entries (bulk or one): each entry's row shows its outcome. */
    function entryDecisions(root, onChange) {
        var results = document.getElementById('cb-approval-results');
        function rowOf(id) {
            return document.getElementById('cb-entry-' + id);
        }
        /** Marks each entry with its outcome; the succeeded are done and leave the selection. */
        function show(reply, succeededField, doneKey) {
            if (reply.status !== 200 || !reply.json) {
                var errors = reply.json && reply.json.errors;
                results.className = 'cb-results aui-message aui-message-error';
                results.textContent = errors ? Object.keys(errors).map(function (k) { return errors[k]; }).join(' ')
                    : root.getAttribute('data-text-failed') + ' (' + reply.status + ')';
                return;
            }
            var ok = reply.json[succeededField] || [];
            var failed = reply.json.failed || [];
            ok.forEach(function (id) {
                var row = rowOf(id);
                if (!row) { return; }
                row.classList.add('cb-done');
                row.classList.remove('cb-failed');
                var box = row.querySelector('input.cb-select-entry');
                if (box) { box.checked = false; box.disabled = true; }
                row.querySelectorAll('.cb-entry-action').forEach(function (b) { b.disabled = true; });
                var result = row.querySelector('.cb-entry-result');
                result.className = 'cb-entry-result cb-ok';
                result.textContent = root.getAttribute(doneKey);
                var status = row.querySelector('.cb-status');
                if (status) {
                    var now = doneKey === 'data-text-done-rejected' ? 'rejected'
                        : doneKey === 'data-text-done-unapproved' ? 'pending' : 'approved';
                    status.textContent = root.getAttribute('data-text-status-' + now);
                    status.className = 'aui-lozenge cb-status aui-lozenge-'
                        + {rejected: 'error', pending: 'current', approved: 'success'}[now];
                }
                var revision = row.querySelector('.cb-revision');
                if (revision && doneKey !== 'data-text-done-unapproved') { revision.parentNode.removeChild(revision); }
            });
            failed.forEach(function (f) {
                var row = rowOf(f.id);
                if (!row) { return; }
                row.classList.add('cb-failed');
                var result = row.querySelector('.cb-entry-result');
                result.className = 'cb-entry-result cb-error';
                result.textContent = f.message || f.reason;
            });
            results.className = 'cb-results aui-message ' + (failed.length ? 'aui-message-warning' : 'aui-message-success');
            results.textContent = root.getAttribute('data-text-summary')
                .replace('{0}', String(ok.length)).replace('{1}', String(failed.length));
            onChange();
        }

        function decide(action, ids, reason, succeededField, doneKey) {
            var body = {ids: ids};
            if (reason !== undefined) { body.reason = reason; }
            return rest(root, 'POST', '/time-entries/' + action, body).then(function (reply) {
                show(reply, succeededField, doneKey);
                return reply;
            });
        }

        return decide;
    }

    /**
     * An approver's decisions on expenses (budget page and Approvals page): approve, reject with a reason, unapprove.
     * A decision that went through reloads the page (the figures change); a refusal is told in the row.
     */
    function expenseDecisions(root) {
        function decide(button, action, id, reason) {
            var cell = button.closest('.cb-expense-decisions');
            var result = cell.querySelector('.cb-expense-result');
            var body = {ids: [parseInt(id, 10)]};
            if (reason) { body.reason = reason; }
            cell.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
            rest(root, 'POST', '/expenses/' + action, body).then(function (reply) {
                var failed = reply.status === 200 && reply.json ? reply.json.failed : null;
                if (failed && failed.length === 0) { window.location.reload(); return; }
                cell.querySelectorAll('button').forEach(function (b) { b.disabled = false; });
                var errors = reply.json && reply.json.errors;
                result.textContent = failed ? failed.map(function (f) { return f.message; }).join(' ')
                    : errors ? Object.keys(errors).map(function (k) { return errors[k]; }).join(' ')
                        : root.getAttribute('data-text-failed');
            });
        }
        root.querySelectorAll('.cb-expense-decision').forEach(function (button) {
            button.addEventListener('click', function () {
                decide(button, button.getAttribute('data-action'), button.getAttribute('data-expense-id'), null);
            });
        });
        root.querySelectorAll('.cb-expense-reject-open').forEach(function (button) {
            var form = button.parentNode.querySelector('.cb-expense-reject');
            button.addEventListener('click', function () {
                form.classList.remove('cb-hidden');
                form.elements.reason.focus();
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                decide(button, 'reject', form.getAttribute('data-expense-id'), form.elements.reason.value);
            });
        });
    }

    /** One entry's tools: decisions on a change or unapprove, a PM's corrections (dialog), its history. */
    function entryTools(root, decide) {
        var lastFocus = null;
        var editDialog = document.getElementById('cb-edit-dialog');
        var editForm = document.getElementById('cb-edit-form');
        var editing = null;
        function closeEdit() {
            closeDialog(editDialog);
            if (lastFocus) { lastFocus.focus(); }
        }
        document.getElementById('cb-edit-cancel').addEventListener('click', closeEdit);
        editDialog.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') { event.preventDefault(); closeEdit(); }
        });
        editForm.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(editForm);
            var body = {
                serviceId: editForm.elements.serviceId.value ? parseInt(editForm.elements.serviceId.value, 10) : null,
                billable: editForm.elements.billable.checked,
                clientNote: editForm.elements.clientNote.value.trim()
            };
            rest(root, 'PUT', '/time-entries/' + editing.getAttribute('data-entry-id'), body).then(function (reply) {
                if (reply.status !== 200) { showErrors(editForm, root, reply); return; }
                var e = reply.json;
                editing.setAttribute('data-service-id', e.serviceId === null ? '0' : String(e.serviceId));
                editing.setAttribute('data-billable', String(e.billable));
                editing.setAttribute('data-client-note', e.clientNote || '');
                var option = editForm.elements.serviceId.querySelector('option[value="' + e.serviceId + '"]');
                editing.querySelector('.cb-entry-service').textContent = option ? option.textContent : '';
                editing.querySelector('.cb-entry-billable').textContent =
                    root.getAttribute(e.billable ? 'data-text-yes' : 'data-text-no');
                editing.querySelector('.cb-client-note').textContent = e.clientNote
                    ? root.getAttribute('data-text-client-note').replace('{0}', e.clientNote) : '';
                var result = editing.querySelector('.cb-entry-result');
                result.className = 'cb-entry-result cb-ok';
                result.textContent = root.getAttribute('data-text-saved');
                closeEdit();
            });
        });

        root.addEventListener('click', function (event) {
            var button = event.target.closest ? event.target.closest('button') : null;
            if (!button || !root.contains(button)) { return; }
            var row = button.closest('tr.cb-entry');
            if (!row) { return; }
            var id = parseInt(row.getAttribute('data-entry-id'), 10);
            if (button.classList.contains('cb-entry-action')) {
                var action = button.getAttribute('data-action');
                var field = {'approve-revision': 'approved', 'discard-revision': 'discarded', 'unapprove': 'unapproved'}[action];
                var done = {'approve-revision': 'data-text-done-approved', 'discard-revision': 'data-text-done-discarded',
                    'unapprove': 'data-text-done-unapproved'}[action];
                decide(action, [id], undefined, field, done);
            } else if (button.classList.contains('cb-entry-edit')) {
                editing = row;
                lastFocus = button;
                clearErrors(editForm);
                var select = editForm.elements.serviceId;
                select.innerHTML = '';
                row.closest('.cb-entry-scope').querySelectorAll('select.cb-group-services option')
                    .forEach(function (o) { select.appendChild(o.cloneNode(true)); });
                select.value = row.getAttribute('data-service-id');
                editForm.elements.billable.checked = row.getAttribute('data-billable') === 'true';
                editForm.elements.clientNote.value = row.getAttribute('data-client-note');
                openDialog(editDialog, select);
            } else if (button.classList.contains('cb-entry-history')) {
                toggleHistory(row, button, id);
            }
        });

        function toggleHistory(row, button, id) {
            var next = row.nextElementSibling;
            if (next && next.classList.contains('cb-history-row')) {
                next.parentNode.removeChild(next);
                button.setAttribute('aria-expanded', 'false');
                return;
            }
            rest(root, 'GET', '/time-entries/' + id + '/history').then(function (reply) {
                var tr = document.createElement('tr');
                tr.className = 'cb-history-row';
                var td = document.createElement('td');
                td.colSpan = row.children.length;
                tr.appendChild(td);
                if (reply.status !== 200) {
                    td.textContent = root.getAttribute('data-text-failed') + ' (' + reply.status + ')';
                } else if (!reply.json.length) {
                    td.textContent = root.getAttribute('data-text-history-empty');
                } else {
                    var list = document.createElement('ol');
                    list.className = 'cb-entry-history-list';
                    reply.json.forEach(function (h) {
                        var li = document.createElement('li');
                        var parts = [h.when.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC'), h.authorName || h.authorKey || '', h.action];
                        if (h.field) { parts.push(h.field + ': ' + (h.from || '') + ' \u2192 ' + (h.to || '')); }
                        if (h.reason) { parts.push('\u201c' + h.reason + '\u201d'); }
                        li.textContent = parts.join(' \u00b7 ');
                        list.appendChild(li);
                    });
                    td.appendChild(list);
                }
                row.parentNode.insertBefore(tr, row.nextSibling);
                button.setAttribute('aria-expanded', 'true');
            });
        }
    }

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

    /** The budget page's period locks (approvers). */
    function lockControls(root) {
        var form = document.getElementById('cb-lock-form');
        var path = '/budgets/' + root.getAttribute('data-budget-id') + '/locks/';
        var fail = function (reply) {
            var error = document.getElementById('cb-lock-error');
            var errors = reply.json && reply.json.errors;
            var message = errors ? Object.keys(errors).map(function (k) { return errors[k]; }).join(' ')
                : root.getAttribute('data-text-failed') + ' (' + reply.status + ')';
            if (error) { error.textContent = message; } else { window.alert(message); }
        };
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                rest(root, 'PUT', path + form.elements.month.value).then(function (reply) {
                    if (reply.status === 204) { window.location.reload(); } else { fail(reply); }
                });
            });
        }
        root.querySelectorAll('.cb-unlock').forEach(function (button) {
            button.addEventListener('click', function () {
                rest(root, 'DELETE', path + button.getAttribute('data-month')).then(function (reply) {
                    if (reply.status === 204) { window.location.reload(); } else { fail(reply); }
                });
            });
        });
    }

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


    /** A grant to the user typed, or (where JSM is installed) to a customer organization by its id. */
    function grantBody(form) {
        var organization = form.elements.organizationId ? form.elements.organizationId.value.trim() : '';
        if (organization !== '') {
            return {organizationId: /^\d+$/.test(organization) ? parseInt(organization, 10) : organization};
        }
        return {userKey: form.elements.userKey.value.trim()};
    }

    /** The budget page's client grants: listed, added and removed through the REST API (textContent only). */
    function grants(root) {
        var list = document.getElementById('cb-grants');
        var form = document.getElementById('cb-grant-form');
        var viewAs = document.getElementById('cb-view-as-user');
        if (!list || !form) { return; }
        var project = encodeURIComponent(root.getAttribute('data-project-key'));
        function load() {
            rest(root, 'GET', '/projects/' + project + '/client-grants').then(function (reply) {
                while (list.firstChild) { list.removeChild(list.firstChild); }
                while (viewAs && viewAs.options.length > 1) { viewAs.remove(1); }
                var items = reply.status === 200 && reply.json ? reply.json : [];
                if (items.length === 0) {
                    var empty = document.createElement('li');
                    empty.className = 'cb-empty';
                    empty.textContent = list.getAttribute('data-empty');
                    list.appendChild(empty);
                }
                items.forEach(function (grant) {
                    var li = document.createElement('li');
                    var name = document.createElement('span');
                    if (grant.userKey) {
                        li.setAttribute('data-user-key', grant.userKey);
                        name.textContent = grant.userName + ' (' + grant.userKey + ') ';
                    } else {
                        li.setAttribute('data-organization-id', grant.organizationId);
                        name.textContent = list.getAttribute('data-organization').replace('{0}', grant.organizationId) + ' ';
                    }
                    var remove = document.createElement('button');
                    remove.type = 'button';
                    remove.className = 'aui-button aui-button-link cb-grant-remove';
                    remove.textContent = list.getAttribute('data-remove');
                    remove.addEventListener('click', function () {
                        rest(root, 'DELETE', '/client-grants/' + grant.id).then(load);
                    });
                    li.appendChild(name);
                    li.appendChild(remove);
                    list.appendChild(li);
                    if (viewAs && grant.userKey) {
                        var option = document.createElement('option');
                        option.value = grant.userKey;
                        option.textContent = grant.userName;
                        viewAs.appendChild(option);
                    }
                });
            });
        }
        // the user field suggests Jira users and JSM customers by name or e-mail as the PM types
        var suggestions = document.getElementById('cb-grant-users');
        var pending = null;
        if (suggestions) {
            form.elements.userKey.addEventListener('input', function () {
                var q = form.elements.userKey.value.trim();
                clearTimeout(pending);
                if (q.length < 2) { return; }
                pending = setTimeout(function () {
                    rest(root, 'GET', '/projects/' + project + '/grantable-users?q=' + encodeURIComponent(q)).then(function (reply) {
                        while (suggestions.firstChild) { suggestions.removeChild(suggestions.firstChild); }
                        (reply.status === 200 && reply.json ? reply.json : []).forEach(function (u) {
                            var option = document.createElement('option');
                            option.value = u.key;
                            option.label = u.displayName + (u.email ? ' <' + u.email + '>' : '');
                            option.textContent = option.label;
                            suggestions.appendChild(option);
                        });
                    });
                }, 250);
            });
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(form);
            rest(root, 'POST', '/projects/' + project + '/client-grants',
                grantBody(form)).then(function (reply) {
                if (reply.status === 201) { form.reset(); load(); } else { showErrors(form, root, reply); }
            });
        });
        load();
    }

    /** The access explainer (budget page and admin page): each condition of the rule, met or not. */
    function explainer(root, form, budgetId) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(form);
            var verdict = form.querySelector('.cb-explain-verdict');
            var reasons = form.querySelector('.cb-conditions');
            var id = budgetId || (form.elements.budgetId ? form.elements.budgetId.value.trim() : '');
            rest(root, 'GET', '/access/explain?userKey=' + encodeURIComponent(form.elements.userKey.value.trim())
                + '&budgetId=' + encodeURIComponent(id)).then(function (reply) {
                while (reasons.firstChild) { reasons.removeChild(reasons.firstChild); }
                verdict.textContent = '';
                if (reply.status !== 200) { showErrors(form, root, reply); return; }
                verdict.textContent = verdict.getAttribute(reply.json.visible ? 'data-yes' : 'data-no');
                reply.json.conditions.forEach(function (c, i) {
                    var li = document.createElement('li');
                    li.className = c.met ? 'cb-met' : 'cb-unmet';
                    li.textContent = reply.json.reasons[i];
                    reasons.appendChild(li);
                });
            });
        });
    }

    function start() {
        var admin = document.getElementById('cb-admin-resync');
        if (admin) { adminPage(admin); }
        var project = document.getElementById('cb-project-budgets');
        if (project) { projectPage(project); grants(project); }
        var budget = document.getElementById('cb-budget');
        if (budget) {
            budgetPage(budget);
            grants(budget);
            var explain = document.getElementById('cb-explain-form');
            if (explain) { explainer(budget, explain, explain.getAttribute('data-budget-id')); }
            lockControls(budget);
            expenseDecisions(budget);
            if (document.getElementById('cb-budget-time')) {
                entryTools(budget, entryDecisions(budget, function () {}));
            }
        }
        var adminExplain = document.getElementById('cb-admin-explain');
        if (adminExplain) { explainer(adminExplain, adminExplain, null); }
        var approvals = document.getElementById('cb-approvals');
        if (approvals) {
            approvalsPage(approvals);
            expenseDecisions(approvals);
        }
    }

    issuePanel();
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
