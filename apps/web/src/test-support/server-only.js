// `server-only` refuses to load outside Next's server build; unit specs run server modules as such.
module.exports = {};
