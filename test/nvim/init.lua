-- Neovim's built-in LSP client (0.7 and later: only start_client/buf_attach_client, which 0.7 has)
-- attached to `policylint lsp --stdio`. Writes vim.diagnostic.get() of the opened file as JSON to
-- $POLICYLINT_NVIM_OUT and quits. Used by test/neovim.test.ts.
local root = os.getenv('POLICYLINT_ROOT')
local out = os.getenv('POLICYLINT_NVIM_OUT')

local function finish(result)
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd('qa!')
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local buf = vim.api.nvim_get_current_buf()
    local file = vim.api.nvim_buf_get_name(buf)
    local client_id = vim.lsp.start_client({
      name = 'policylint',
      cmd = { 'node', root .. '/bin/policylint.js', 'lsp', '--stdio' },
      root_dir = vim.fn.fnamemodify(file, ':h'),
      init_options = { now = '2026-11-23' },
    })
    if not client_id then
      return finish({ error = 'the server did not start' })
    end
    vim.lsp.buf_attach_client(buf, client_id)
    local ok = vim.wait(20000, function()
      return #vim.diagnostic.get(buf) > 0
    end, 50)
    local items = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local lsp = d.user_data and d.user_data.lsp or {}
      table.insert(items, {
        code = d.code or lsp.code,
        lnum = d.lnum,
        col = d.col,
        severity = d.severity,
        source = d.source,
        message = d.message,
      })
    end
    local client = vim.lsp.get_client_by_id(client_id)
    finish({
      nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch),
      filetype = vim.bo[buf].filetype,
      server = client and client.server_capabilities and client.server_capabilities.executeCommandProvider and client.server_capabilities.executeCommandProvider.commands or {},
      timed_out = not ok,
      diagnostics = items,
    })
  end,
})
