'use strict';
const fs = require('fs');
const path = require('path');

const TOKEN_NAME = 'bench-loader';
const TOKEN_FILE = path.join(__dirname, '..', '.loader-token');

module.exports = {
  register() {},

  async bootstrap({ strapi }) {
    // 1. Public role: allow find + findOne on articles (idempotent).
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    if (role) {
      for (const action of ['api::article.article.find', 'api::article.article.findOne']) {
        const existing = await strapi.db
          .query('plugin::users-permissions.permission')
          .findOne({ where: { action, role: role.id } });
        if (!existing) {
          await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
          strapi.log.info(`[bench] granted public ${action}`);
        }
      }
    }

    // 2. Full-access API token for the loader (plaintext written once to .loader-token).
    const tokenService = strapi.service('admin::api-token');
    const existing = await strapi.db.query('admin::api-token').findOne({ where: { name: TOKEN_NAME } });
    if (existing && fs.existsSync(TOKEN_FILE)) return;
    if (existing) await tokenService.revoke(existing.id);
    const created = await tokenService.create({
      name: TOKEN_NAME,
      description: 'benchmark loader',
      type: 'full-access',
      lifespan: null,
    });
    fs.writeFileSync(TOKEN_FILE, created.accessKey + '\n', { mode: 0o600 });
    strapi.log.info(`[bench] created API token -> ${TOKEN_FILE}`);
  },
};
