/*
 * Client Budgets for Jira: client grants of a project (project page, budget page). Needs core and pickers.
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;
    var rest = cb.rest;
    var clearErrors = cb.clearErrors;
    var showErrors = cb.showErrors;
    if (cb.grants) {
        return;
    }

    /** A grant to the user picked, or (where JSM is installed) to the customer organization picked (its id). */
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
                    // Client Manager: the grantee may sign off months (one column, its own PUT)
                    var manager = document.createElement('label');
                    manager.className = 'cb-grant-manager';
                    var box = document.createElement('input');
                    box.type = 'checkbox';
                    box.className = 'cb-grant-client-manager';
                    box.checked = grant.clientManager === true;
                    box.addEventListener('change', function () {
                        box.disabled = true;
                        rest(root, 'PUT', '/client-grants/' + grant.id + '/client-manager', {enabled: box.checked})
                            .then(function (reply) {
                                box.disabled = false;
                                if (reply.status !== 200) {
                                    box.checked = !box.checked;
                                    window.alert(root.getAttribute('data-text-failed') + ' (' + reply.status + ')');
                                }
                            });
                    });
                    manager.appendChild(box);
                    manager.appendChild(document.createTextNode(' ' + list.getAttribute('data-client-manager') + ' '));
                    li.appendChild(name);
                    li.appendChild(manager);
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
        // Jira's user picker for the user, the JSM organization picker (by name) for the organization
        cb.pickers.user(root, form.elements.userKey);
        cb.pickers.organization(root, form.elements.organizationId, root.getAttribute('data-project-key'));
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(form);
            rest(root, 'POST', '/projects/' + project + '/client-grants',
                grantBody(form)).then(function (reply) {
                if (reply.status === 201) {
                    cb.pickers.clear(form.elements.userKey);
                    cb.pickers.clear(form.elements.organizationId);
                    load();
                } else {
                    showErrors(form, root, reply);
                }
            });
        });
        load();
    }

    cb.grants = grants;
}());
