// CSS modules in unit specs: each class name is its own key, so markup can be asserted on.
module.exports = new Proxy({}, { get: (_target, key) => (key === '__esModule' ? false : key) });
