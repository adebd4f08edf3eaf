// A kernel written by the page in JavaScript, following the executor contract (README, "Writing your own
// executor"); no Pyodide. Each line of a cell is a command:
//   print TEXT | warn TEXT          a stream on stdout / stderr
//   display ID TEXT | update ID TEXT  display_data with a display_id / update_display_data of it
//   clear | clear-wait              clear_output (wait false / true)
//   result TEXT                     execute_result
//   fail NAME TEXT                  an error with a traceback (the rest of the cell does not run)
//   ask PROMPT                      input_request; the answer is printed as "got ANSWER"
//   set NAME VALUE | get NAME       kernel variables, to tell whether a cell ran on this kernel
//   slider ID VALUE                 opens a jupyter.widget comm for an IntSlider and displays it
//   hang                            never ends, and ignores interrupts
//   throw                           execute() itself throws
//   junk                            sends a message without a header first
// Everything the element calls is kept in `calls`; the comm messages the kernel receives in `commsReceived`.
function makeScriptKernel(name) {
  let counter = 0;
  const newId = () => name + '-' + (++counter);
  const header = (type) => ({msg_id: newId(), msg_type: type, session: name, username: 'page', date: new Date().toISOString(), version: '5.3'});
  const reply = (request, type, content, channel) => ({header: header(type), parent_header: request.header, metadata: {}, content, buffers: [], channel});

  const variables = {};
  const queue = [];
  let running = null;
  let executionCount = 0;
  const stateListeners = [];

  const commOpenHandlers = {};
  const openComms = [];
  function kernelComm(targetName, commId) {
    const comm = {
      comm_id: commId, target_name: targetName, onMessage: null,
      // What the front end sends the kernel:
      open() { return ''; },
      send(data, callbacks, metadata, buffers) {
        executor.commsReceived.push({comm_id: commId, data, buffers: (buffers || []).length});
        if (data.method === 'update' && 'value' in data.state) {
          // The round trip: the kernel answers a moved slider by relabelling it.
          setTimeout(() => deliver(comm, 'comm_msg', {method: 'update', state: {description: 'got ' + data.state.value}, buffer_paths: []}), 0);
        }
        return '';
      },
      close() { return ''; },
      on_msg(callback) { comm.onMessage = callback; },
      on_close() {},
    };
    openComms.push(comm);
    return comm;
  }
  function deliver(comm, type, data) {
    if (comm.onMessage) {
      comm.onMessage({header: header(type), parent_header: {}, metadata: {version: '2.1.0'}, content: {comm_id: comm.comm_id, data}, buffers: []});
    }
  }
  function openWidget(commId, state, parent) {
    const comm = kernelComm('jupyter.widget', commId);
    const message = {header: header('comm_open'), parent_header: parent.header, metadata: {version: '2.1.0'},
      content: {comm_id: commId, target_name: 'jupyter.widget', data: {state, buffer_paths: []}}, buffers: []};
    for (const handler of commOpenHandlers['jupyter.widget'] || []) handler(comm, message);
  }

  function setState(phase) {
    executor.state = {phase, progress: -1, detail: '', label: name + ': ' + phase};
    for (const listener of stateListeners.slice()) listener(executor.state);
  }

  function next() {
    if (running || !queue.length) return;
    running = queue.shift();
    setState('busy');
    const {request, onMessage} = running;
    onMessage(reply(request, 'status', {execution_state: 'busy'}, 'iopub'));
    onMessage(reply(request, 'execute_input', {code: request.content.code, execution_count: executionCount + 1}, 'iopub'));
    running.lines = request.content.code.split('\n');
    running.count = ++executionCount;
    step();
  }

  function finish(status, extra) {
    const {request, onMessage} = running;
    onMessage(reply(request, 'execute_reply', Object.assign({status, execution_count: running.count}, extra || {}), 'shell'));
    onMessage(reply(request, 'status', {execution_state: 'idle'}, 'iopub'));
    running = null;
    setState('idle');
    if (status === 'error' && request.content.stop_on_error) {
      while (queue.length) {
        const waiting = queue.shift();
        waiting.onMessage(reply(waiting.request, 'execute_reply', {status: 'aborted'}, 'shell'));
      }
    }
    setTimeout(next, 0);
  }

  function step() {
    const {request, onMessage} = running;
    const send = (type, content) => onMessage(reply(request, type, content, 'iopub'));
    while (running.lines.length) {
      const line = running.lines.shift();
      const [command, ...words] = line.split(' ');
      const rest = words.join(' ');
      switch (command) {
        case 'print': send('stream', {name: 'stdout', text: rest + '\n'}); break;
        case 'warn': send('stream', {name: 'stderr', text: rest + '\n'}); break;
        case 'display': send('display_data', {data: {'text/plain': words.slice(1).join(' ')}, metadata: {}, transient: {display_id: words[0]}}); break;
        case 'update': send('update_display_data', {data: {'text/plain': words.slice(1).join(' ')}, metadata: {}, transient: {display_id: words[0]}}); break;
        case 'clear': send('clear_output', {wait: false}); break;
        case 'clear-wait': send('clear_output', {wait: true}); break;
        case 'result': send('execute_result', {data: {'text/plain': rest}, metadata: {}, execution_count: running.count}); break;
        case 'set': variables[words[0]] = words[1]; break;
        case 'get': send('stream', {name: 'stdout', text: words[0] + ' = ' + (words[0] in variables ? variables[words[0]] : 'undefined') + '\n'}); break;
        case 'junk': onMessage({content: {name: 'stdout', text: 'no header'}}); break;
        case 'fail': {
          const [ename, ...evalue] = words;
          const content = {ename, evalue: evalue.join(' '), traceback: ['Traceback (most recent call last):', '  line 1 of the cell', ename + ': ' + evalue.join(' ')]};
          send('error', content);
          finish('error', content);
          return;
        }
        case 'ask':
          running.waitingForInput = true;
          onMessage(reply(request, 'input_request', {prompt: rest + ' ', password: false}, 'stdin'));
          return;
        case 'slider': {
          const [modelId, value] = words;
          openWidget(modelId + '-layout', {_model_name: 'LayoutModel', _model_module: '@jupyter-widgets/base', _model_module_version: '2.0.0', _view_name: 'LayoutView', _view_module: '@jupyter-widgets/base', _view_module_version: '2.0.0'}, request);
          openWidget(modelId + '-style', {_model_name: 'SliderStyleModel', _model_module: '@jupyter-widgets/controls', _model_module_version: '2.0.0', _view_name: 'StyleView', _view_module: '@jupyter-widgets/base', _view_module_version: '2.0.0'}, request);
          openWidget(modelId, {_model_name: 'IntSliderModel', _model_module: '@jupyter-widgets/controls', _model_module_version: '2.0.0', _view_name: 'IntSliderView', _view_module: '@jupyter-widgets/controls', _view_module_version: '2.0.0',
            value: Number(value), min: 0, max: 10, step: 1, description: 'slider', layout: 'IPY_MODEL_' + modelId + '-layout', style: 'IPY_MODEL_' + modelId + '-style'}, request);
          send('display_data', {data: {'text/plain': 'IntSlider(value=' + value + ')', 'application/vnd.jupyter.widget-view+json': {model_id: modelId, version_major: 2, version_minor: 0}}, metadata: {}});
          break;
        }
        case 'hang': return;
        case '': break;
        default: send('stream', {name: 'stderr', text: 'unknown command ' + command + '\n'});
      }
    }
    finish('ok', {user_expressions: {}});
  }

  const executor = {
    language: 'python',
    calls: [],
    inputReplies: [],
    commsReceived: [],
    state: {phase: 'idle', progress: -1, detail: '', label: name + ': idle'},
    execute(request, onMessage) {
      executor.calls.push('execute ' + request.header.msg_type + ' ' + request.channel + ' ' + JSON.stringify(request.content.code));
      if (request.content.code === 'throw') throw new Error('this executor cannot run anything');
      queue.push({request, onMessage});
      next();
    },
    request(request, onMessage) {
      executor.calls.push('request ' + request.header.msg_type);
      if (request.header.msg_type === 'complete_request') {
        const {code, cursor_pos} = request.content;
        const start = code.slice(0, cursor_pos).search(/\w*$/);
        const prefix = code.slice(start, cursor_pos);
        onMessage(reply(request, 'complete_reply', {status: 'ok', cursor_start: start, cursor_end: cursor_pos, metadata: {},
          matches: ['my_value', 'my_variable', 'other'].filter((m) => m.startsWith(prefix))}, 'shell'));
      } else if (request.header.msg_type === 'kernel_info_request') {
        onMessage(reply(request, 'kernel_info_reply', {status: 'ok', protocol_version: '5.3', implementation: 'script-kernel',
          language_info: {name: 'python', version: '3.0', mimetype: 'text/x-python', file_extension: '.py'}}, 'shell'));
      } else {
        onMessage(reply(request, request.header.msg_type.replace('_request', '_reply'), {status: 'error', ename: 'NotImplemented', evalue: ''}, 'shell'));
      }
    },
    cancel(msgId) {
      const index = queue.findIndex((entry) => entry.request.header.msg_id === msgId);
      if (index < 0) return false;
      const [entry] = queue.splice(index, 1);
      entry.onMessage(reply(entry.request, 'execute_reply', {status: 'aborted'}, 'shell'));
      return true;
    },
    inputReply(message) {
      executor.inputReplies.push(message);
      if (running && running.waitingForInput && message.parent_header.msg_type === 'input_request') {
        running.waitingForInput = false;
        running.onMessage(reply(running.request, 'stream', {name: 'stdout', text: 'got ' + message.content.value + '\n'}, 'iopub'));
        step();
      }
    },
    interrupt() {
      executor.calls.push('interrupt');
      // A cell waiting for input stops; one that hangs does not.
      if (running && running.waitingForInput) {
        const content = {ename: 'KeyboardInterrupt', evalue: '', traceback: ['KeyboardInterrupt']};
        running.onMessage(reply(running.request, 'error', content, 'iopub'));
        finish('error', content);
      }
    },
    restart() { executor.calls.push('restart'); },
    start() { executor.calls.push('start'); },
    retain() { executor.calls.push('retain'); },
    release() { executor.calls.push('release'); },
    onStateChange(listener) {
      stateListeners.push(listener);
      return () => stateListeners.splice(stateListeners.indexOf(listener), 1);
    },
    comms: {
      createComm(targetName, commId) { return kernelComm(targetName, commId || newId()); },
      onCommOpen(targetName, handler) {
        (commOpenHandlers[targetName] = commOpenHandlers[targetName] || []).push(handler);
        return () => commOpenHandlers[targetName].splice(commOpenHandlers[targetName].indexOf(handler), 1);
      },
      listComms(targetName) { return openComms.filter((c) => !targetName || c.target_name === targetName); },
    },
  };
  return executor;
}
