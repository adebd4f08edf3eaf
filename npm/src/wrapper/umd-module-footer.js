
export default module.exports;
