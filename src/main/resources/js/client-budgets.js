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

    function adminPage(root) {
        var button = document.getElementById('cb-resync-now');
        button.addEventListener('click', function () {
            button.disabled = true;
            rest(root, 'POST', '/admin/resync').then(function (reply) {
                document.getElementById('cb-resync-state').textContent = reply.status === 202
                    ? root.getAttribute('data-text-requested') : String(reply.status);
                button.disabled = false;
            });
        });
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
                var items = reply.status === 200 && reply.json ? reply.json.filter(function (g) { return g.userKey; }) : [];
                if (items.length === 0) {
                    var empty = document.createElement('li');
                    empty.className = 'cb-empty';
                    empty.textContent = list.getAttribute('data-empty');
                    list.appendChild(empty);
                }
                items.forEach(function (grant) {
                    var li = document.createElement('li');
                    li.setAttribute('data-user-key', grant.userKey);
                    var name = document.createElement('span');
                    name.textContent = grant.userName + ' (' + grant.userKey + ') ';
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
                    if (viewAs) {
                        var option = document.createElement('option');
                        option.value = grant.userKey;
                        option.textContent = grant.userName;
                        viewAs.appendChild(option);
                    }
                });
            });
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(form);
            rest(root, 'POST', '/projects/' + project + '/client-grants',
                {userKey: form.elements.userKey.value.trim()}).then(function (reply) {
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
        }
        var adminExplain = document.getElementById('cb-admin-explain');
        if (adminExplain) { explainer(adminExplain, adminExplain, null); }
    }

    issuePanel();
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
