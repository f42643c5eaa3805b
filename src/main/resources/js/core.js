/*
 * Client Budgets for Jira: what every page's script shares (web-resource "core"). Every write goes to the app's
 * REST API as JSON (Content-Type application/json, same origin: Jira's XSRF rules for REST). User text is only ever
 * set with textContent, never as HTML. Texts come from the i18n bundle through data-text-* attributes.
 */
(function () {
    'use strict';
    if (window.ClientBudgets) {
        return; // loaded once per page by the web-resource manager; a second copy changes nothing
    }

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

    var bodyParts = []; // function (form, body): adds what a form sends beyond its named fields (addBodyPart)

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
        bodyParts.forEach(function (part) { part(form, body); });
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

    /** Runs a page's start once the document is parsed (scripts come in the head, before the body). */
    function onReady(start) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', start);
        } else {
            start();
        }
    }

    window.ClientBudgets = {rest: rest, clearErrors: clearErrors, showErrors: showErrors, formJson: formJson,
        bindForm: bindForm, reveal: reveal, openDialog: openDialog, closeDialog: closeDialog, onReady: onReady,
        addBodyPart: function (part) { bodyParts.push(part); }};
}());
