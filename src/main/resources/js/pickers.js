/*
 * Client Budgets for Jira: Jira's user picker and the JSM organization picker, as AUI Select2 controls
 * (web-resource com.atlassian.auiplugin:aui-select2, in AUI 9 of Jira 10 and AUI 10 of Jira 11). Users come from
 * Jira's own user search (GET /rest/api/2/user/picker: the users the caller may browse, with Jira's permission
 * check); organizations from the app (GET /rest/client-budgets/1.0/organizations, PMs only). Select2 escapes every
 * text it shows (its default formatResult/formatSelection); Jira's ready-made "html" field is not used, so nothing
 * from the server is ever set as HTML. Where Select2 is not there the field stays a text field for a key or an id.
 * Needs core.
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;
    if (cb.pickers) {
        return;
    }

    function select2Available() {
        return !!(window.AJS && window.AJS.$ && window.AJS.$.fn && window.AJS.$.fn.auiSelect2);
    }

    function contextPath(root) {
        var base = root.getAttribute('data-base-url');
        if (!base && window.AJS && typeof window.AJS.contextPath === 'function') {
            base = window.AJS.contextPath();
        }
        return base || '';
    }

    /** The texts a picker shows, from data-text-* attributes of the root (rendered from the i18n bundle). */
    function text(root, name, fallback) {
        return root.getAttribute('data-text-' + name) || fallback;
    }

    function common(root, input) {
        return {
            allowClear: true,
            dropdownAutoWidth: true,
            // in the budget page's narrow sidebar a picker takes the whole width, elsewhere the field's
            width: input.closest('.cb-sidebar') ? '100%' : 'copy',
            placeholder: input.getAttribute('placeholder') || ' ',
            searchLabel: input.getAttribute('data-search-label') || undefined,
            formatNoMatches: function () { return text(root, 'picker-none', 'No matches'); },
            formatSearching: function () { return text(root, 'picker-searching', 'Searching...'); },
            formatInputTooShort: function () { return text(root, 'picker-type', 'Type to search'); },
            // the chosen value's label on page load (the field's value and its data-display text)
            initSelection: function (element, callback) {
                var value = element.val();
                if (value) {
                    callback({id: value, text: input.getAttribute('data-display') || value});
                }
            }
        };
    }

    /**
     * Jira's user picker on a text field whose value is a user key: the field becomes Select2's hidden value, the
     * control searches Jira's users by name, user name or e-mail as Jira's own pickers do.
     */
    function userPicker(root, input) {
        if (!input || !select2Available()) { return; }
        var $ = window.AJS.$;
        var options = common(root, input);
        options.minimumInputLength = 1;
        options.ajax = {
            url: contextPath(root) + '/rest/api/2/user/picker',
            dataType: 'json',
            quietMillis: 250,
            data: function (term) { return {query: term, maxResults: 20}; },
            results: function (data) {
                return {results: (data && data.users ? data.users : []).map(function (u) {
                    return {id: u.key, text: u.displayName + ' (' + u.name + ')'};
                })};
            }
        };
        input.type = 'hidden';
        $(input).auiSelect2(options);
        fixFocusRole(input);
    }

    /**
     * The JSM organization picker of a project: organizations of its service desk found by part of their name.
     * Without JSM (or on a project that is no service desk) the field is replaced by a note saying why.
     */
    function organizationPicker(root, input, projectKey) {
        if (!input) { return; }
        var note = document.getElementById(input.getAttribute('data-note'));
        var path = '/organizations?projectKey=' + encodeURIComponent(projectKey) + '&query=';
        cb.rest(root, 'GET', path).then(function (reply) {
            var found = reply.status === 200 ? reply.json : null;
            if (found && (!found.jsmInstalled || !found.serviceDesk)) {
                if (note) {
                    note.textContent = note.getAttribute(found.jsmInstalled ? 'data-no-service-desk' : 'data-no-jsm');
                    note.hidden = false;
                }
                input.disabled = true;
                input.hidden = true;
                var label = document.querySelector('label[for="' + input.id + '"]');
                if (label) { label.hidden = true; }
                return;
            }
            if (!select2Available()) { return; }
            var $ = window.AJS.$;
            var options = common(root, input);
            options.minimumInputLength = 0;
            options.ajax = {
                url: contextPath(root) + '/rest/client-budgets/1.0/organizations',
                dataType: 'json',
                quietMillis: 250,
                data: function (term) { return {projectKey: projectKey, query: term}; },
                results: function (data) {
                    return {results: (data && data.organizations ? data.organizations : []).map(function (o) {
                        return {id: String(o.id), text: o.name};
                    })};
                }
            };
            input.type = 'hidden';
            $(input).auiSelect2(options);
            fixFocusRole(input);
        });
    }

    /**
     * Select2 gives its focus field (an input of type text) role="button", which ARIA does not allow on a text
     * input (axe: aria-allowed-role); without the role it is the text box it is, and keeps aria-haspopup.
     */
    function fixFocusRole(input) {
        var container = window.AJS.$(input).auiSelect2('container');
        if (!container || !container.length) { return; }
        container[0].querySelectorAll('input[role="button"]').forEach(function (field) {
            field.removeAttribute('role');
        });
    }

    /** Empties a picker (or the plain field where there is no Select2). */
    function clear(input) {
        if (!input) { return; }
        if (select2Available() && window.AJS.$(input).data('select2')) {
            window.AJS.$(input).auiSelect2('val', '');
        } else {
            input.value = '';
        }
    }

    /** The label of a picker's chosen value (what the user saw), or null. */
    function chosenText(input) {
        if (input && select2Available() && window.AJS.$(input).data('select2')) {
            var chosen = window.AJS.$(input).auiSelect2('data');
            return chosen ? chosen.text : null;
        }
        return null;
    }

    cb.pickers = {user: userPicker, organization: organizationPicker, clear: clear, chosenText: chosenText};
}());
