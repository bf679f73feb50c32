"""Hand-written parts of the ElevenLabs settings tables (see gen_settings.py)."""
import json
import os

P = 'conversation_config.agent.prompt'
BT = P + '.built_in_tools'
WS = 'platform_settings.workspace_overrides'

# MODEL: document paths the neutral model already edits -> its draft path.
# A path listed here covers everything under it.
MODEL = {
    'name': 'identity.name',
    'tags': 'identity.tags',
    'conversation_config.agent.language': 'identity.language',
    P + '.timezone': 'identity.timezone',
    'conversation_config.conversation.text_only': 'identity.channel',
    P + '.llm': 'llm.model',
    P + '.prompt': 'llm.prompt',
    P + '.temperature': 'llm.temperature',
    P + '.max_tokens': 'llm.max_tokens',
    P + '.reasoning_effort': 'llm.reasoning_effort',
    P + '.thinking_budget': 'llm.thinking_budget',
    P + '.custom_llm.url': 'llm.endpoint',
    'conversation_config.tts.voice_id': 'voice.voice_id',
    'conversation_config.tts.model_id': 'voice.model',
    'conversation_config.tts.speed': 'voice.speed',
    'conversation_config.tts.stability': 'voice.stability',
    'conversation_config.tts.similarity_boost': 'voice.similarity_boost',
    'conversation_config.conversation.background_sound.source_type': 'voice.background_sound',
    'conversation_config.conversation.background_sound.source_id': 'voice.background_sound',
    'conversation_config.conversation.background_sound.volume': 'voice.background_level',
    'conversation_config.asr.provider': 'speech.vendor',
    'conversation_config.asr.quality': 'speech.model',
    'conversation_config.asr.keywords': 'speech.keywords',
    'conversation_config.turn.mode': 'turn.mode',
    'conversation_config.turn.turn_eagerness': 'turn.eagerness',
    'conversation_config.turn.turn_timeout': 'turn.timeout',
    'conversation_config.turn.initial_wait_time': 'turn.initial_wait',
    'conversation_config.turn.silence_end_call_timeout': 'turn.silence.end_call_after',
    'conversation_config.turn.interruption_ignore_terms': 'turn.interrupt.ignore_terms',
    'conversation_config.turn.soft_timeout_config.timeout_seconds': 'turn.fillers.after_seconds',
    'conversation_config.turn.soft_timeout_config.message': 'turn.fillers.phrases',
    'conversation_config.turn.soft_timeout_config.additional_soft_timeout_messages': 'turn.fillers.phrases',
    'conversation_config.turn.soft_timeout_config.use_llm_generated_message': 'turn.fillers.generated',
    'conversation_config.agent.first_message': 'greeting.text',
    'conversation_config.agent.disable_first_message_interruptions': 'greeting.interruptible',
    'conversation_config.conversation.max_duration_seconds': 'limits.max_duration',
    'conversation_config.agent.max_conversation_duration_message': 'limits.end_message',
    'platform_settings.call_limits.agent_concurrency_limit': 'limits.concurrency',
    'platform_settings.call_limits.daily_limit': 'limits.daily_calls',
    'conversation_config.agent.dynamic_variables.dynamic_variable_placeholders': 'variables',
    WS + '.conversation_initiation_client_data_webhook.url': 'webhooks.pre_call.url',
    WS + '.conversation_initiation_client_data_webhook.request_headers': 'webhooks.pre_call.headers',
    'platform_settings.overrides.enable_conversation_initiation_client_data_from_webhook': 'webhooks.pre_call.url',
    WS + '.webhooks.post_call_webhook_id': 'webhooks.post_call.id',
    BT + '.voicemail_detection.params.voicemail_message': 'greeting.voicemail_message',
    P + '.tools[].name': 'tools.name',
    P + '.tools[].description': 'tools.description',
    P + '.tools[].response_timeout_secs': 'tools.timeout_seconds',
    P + '.tools[].api_schema.url': 'tools.url',
    P + '.tools[].api_schema.method': 'tools.method',
    P + '.tools[].api_schema.request_headers': 'tools.headers',
    P + '.tools[].api_schema.path_params_schema': 'tools.params',
    P + '.tools[].api_schema.query_params_schema': 'tools.params',
    P + '.tools[].api_schema.request_body_schema': 'tools.params',
}
for slot in ('end_call', 'language_detection', 'transfer_to_agent', 'transfer_to_number', 'skip_turn',
             'play_keypad_touch_tone', 'voicemail_detection'):
    MODEL[BT + '.' + slot + '.description'] = 'builtins'

READONLY = {}
NUMERIC = {}
for slot in ('end_call', 'language_detection', 'transfer_to_agent', 'transfer_to_number', 'skip_turn',
             'play_keypad_touch_tone', 'voicemail_detection'):
    READONLY[BT + '.' + slot + '.type'] = 'a built-in tool is always of the system type'
    READONLY[BT + '.' + slot + '.params.system_tool_type'] = 'it always names the built-in tool it belongs to'

# GROUPS: (path prefix, section, page title, key prefix), most specific first.
BUILTIN_TITLES = {
    'end_call': 'End the call', 'language_detection': 'Detect the language', 'transfer_to_agent': 'Transfer to another agent',
    'transfer_to_number': 'Transfer to a number', 'skip_turn': 'Skip a turn', 'play_keypad_touch_tone': 'Press keypad keys',
    'voicemail_detection': 'Detect voicemail',
}
GROUPS = [(BT + '.' + slot, 'SectionTools', 'Built-in tool: ' + t, slot) for slot, t in BUILTIN_TITLES.items()] + [
    (P + '.tools', 'SectionTools', 'Tools written into the agent', 'inline_tools'),
    (P + '.tool_ids', 'SectionTools', 'Workspace tools', ''),
    (P + '.mcp_server_ids', 'SectionTools', 'Workspace tools', ''),
    (P + '.native_mcp_server_ids', 'SectionTools', 'Workspace tools', ''),
    (P + '.knowledge_base', 'SectionBrain', 'Knowledge base', ''),
    (P + '.rag', 'SectionBrain', 'Knowledge base', 'rag'),
    (P + '.custom_llm', 'SectionBrain', 'Custom language model', 'custom_llm'),
    (P + '.backup_llm_config', 'SectionBrain', 'Backup language models', 'backup_llm'),
    (P, 'SectionBrain', 'Language model', ''),
    ('conversation_config.agent.text_behavior_overrides', 'SectionBrain', 'Replies in text', 'text_behavior'),
    ('conversation_config.agent', 'SectionBasics', 'Agent', ''),
    ('conversation_config.asr', 'SectionListening', 'Speech recognition', 'asr'),
    ('conversation_config.tts.pronunciation_dictionary_locators', 'SectionVoice', 'Pronunciation dictionaries', ''),
    ('conversation_config.tts.supported_voices', 'SectionVoice', 'More voices', ''),
    ('conversation_config.tts.audio_effects', 'SectionVoice', 'Audio effects', 'audio_effects'),
    ('conversation_config.tts', 'SectionVoice', 'Voice', 'tts'),
    ('conversation_config.turn.soft_timeout_config', 'SectionTurn', 'Fillers while thinking', 'soft_timeout'),
    ('conversation_config.turn', 'SectionTurn', 'Turn-taking', 'turn'),
    ('conversation_config.vad', 'SectionTurn', 'Voice activity', 'vad'),
    ('conversation_config.conversation.background_sound', 'SectionVoice', 'Voice', 'background_sound'),
    ('conversation_config.conversation.file_input', 'SectionAdvanced', 'Conversation', 'file_input'),
    ('conversation_config.conversation.dtmf_input_settings', 'SectionTurn', 'Keypad input', 'keypad'),
    ('conversation_config.conversation', 'SectionAdvanced', 'Conversation', 'conversation'),
    ('conversation_config.language_presets', 'SectionGreeting', 'Language presets', ''),
    ('platform_settings.evaluation', 'SectionAdvanced', 'Evaluation criteria', 'evaluation'),
    ('platform_settings.data_collection_scopes', 'SectionAdvanced', 'Data collection', ''),
    ('platform_settings.data_collection', 'SectionAdvanced', 'Data collection', ''),
    ('platform_settings.analysis_items', 'SectionAdvanced', 'Analysis', 'analysis'),
    ('platform_settings.summary_language', 'SectionAdvanced', 'Analysis', ''),
    ('platform_settings.analysis_llm', 'SectionAdvanced', 'Analysis', ''),
    ('platform_settings.auto_translate_transcript_to_app_language', 'SectionAdvanced', 'Analysis', ''),
    ('platform_settings.privacy', 'SectionAdvanced', 'Privacy and recording', 'privacy'),
    (WS, 'SectionAdvanced', 'Webhooks', ''),
    ('platform_settings.overrides', 'SectionAdvanced', 'What each call may change', 'allow'),
    ('platform_settings.call_limits', 'SectionAdvanced', 'Call limits', 'call_limits'),
    ('platform_settings.queueing_config', 'SectionAdvanced', 'Call limits', 'queue'),
    ('platform_settings.auth', 'SectionAdvanced', 'Who may call', 'auth'),
    ('platform_settings.widget.language_presets', 'SectionAdvanced', 'Web widget', 'widget_language'),
    ('platform_settings.widget.text_contents', 'SectionAdvanced', 'Web widget texts', 'widget_text'),
    ('platform_settings.widget.styles', 'SectionAdvanced', 'Web widget look', 'widget_style'),
    ('platform_settings.widget', 'SectionAdvanced', 'Web widget', 'widget'),
    ('platform_settings.guardrails', 'SectionAdvanced', 'Guardrails', 'guardrails'),
    ('platform_settings.testing', 'SectionAdvanced', 'Tests', 'testing'),
    ('platform_settings.alerting', 'SectionAdvanced', 'Alerts', 'alerting'),
    ('platform_settings', 'SectionAdvanced', 'Platform', ''),
]

LIVE = {P + '.tool_ids', P + '.knowledge_base[].id', P + '.custom_llm.api_key.secret_id'}

# OVERRIDES: the hand-written key, label and help (and, for a list kept as an
# object keyed by name, the naming field's key, label and help) of a document
# path, where the schema's own words are not plain enough. They are data, in
# overrides.json, one path a line.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'overrides.json')) as f:
    OVERRIDES = json.load(f)
